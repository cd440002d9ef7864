package fanwen.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aChineseNameGoesUtf8EncodedIntoFilenameStarWithAnAsciiFallback() {
        assertEquals("attachment; filename=\"____ 1.doc\"; filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93%201.doc",
                ContentDisposition.attachment("folder/sub/工作总结 1.doc"));
    }

    @Test
    void quotesAndBackslashesCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%3B.txt",
                ContentDisposition.attachment("a\"b;.txt"));
    }
}
