package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quoted phrase finds the texts that hold it as written and no other: not one where its words only line up
 * through a sub-word the index stacks inside a longer word (the robustness tests' marker 标记零之一一终 in a text
 * holding 标记零之二一一终), while a phrase that runs through such a word, or starts inside it, is found.
 */
class ExactPhraseSearchTest {

    @TempDir
    static Path temp;
    static TextLibrary library;

    @BeforeAll
    static void indexTwoTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("marker.txt", """
                关于标记零之二一一终的工作总结
                一、主要工作
                今年围绕标记零之二一一终加强管理，推进改革，落实安全生产责任。
                """);
        texts.put("union.txt", """
                下派挂职工作总结
                按照省总工会安排，我下派到梅河口市总工会担任主席助理职务。
                """);
        library = TextLibrary.of(temp, texts);
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"标记零之一一终", "总工担任", "河口总工会"})
    void aPhraseIsNotFoundThroughAStackedSubWord(String phrase) throws IOException {
        assertEquals(List.of(), library.documents("\"" + phrase + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"标记零之二一一终", "围绕标记零之二一一终加强管理"})
    void aMarkerIsFoundAsWritten(String phrase) throws IOException {
        assertEquals(List.of("marker.txt"), library.documents("\"" + phrase + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"梅河口市总工会担任主席", "省总工会安排", "总工会担任", "工会担任", "河口市总工会"})
    void aPhraseThroughOrIntoAWordWithSubWordsIsFound(String phrase) throws IOException {
        assertEquals(List.of("union.txt"), library.documents("\"" + phrase + "\""));
    }
}
