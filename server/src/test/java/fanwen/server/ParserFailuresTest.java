package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fanwen.extract.TestFormats;
import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * Uploads whose parser never returns or exhausts its heap (the test-only types of {@link TestFormats}, named
 * like any PDF or Word file) fail alone, with the reason; the server indexes the next upload as usual.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParserFailuresTest {

    /** Room for a parser to fill its heap, or a fresh one to start, on a loaded machine (3 s was once too little). */
    private static final Duration LIMIT = Duration.ofSeconds(8);

    private TestServer server;

    @BeforeAll
    void start() throws IOException {
        ServerLimits limits = ServerLimits.defaults().withRate(100_000, 10_000);
        server = new TestServer(ServerConfig.local(0)
                .withLimits(limits.withExtraction(limits.extraction().withMaxTimePerFile(LIMIT)
                        .withMaxParserHeapBytes(256L << 20))));
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    @Test
    void anUploadWhoseParserHangsFailsWithATimeOutAndTheNextUploadIsIndexed() throws IOException {
        Answer hanging = server.http.uploadBytes(List.of(magic("年度总结.pdf", TestFormats.HANG_MAGIC)), List.of());
        assertFailed(hanging, "读取文件超时（超过 8 秒）");
        assertIndexed(server.http.uploadBytes(List.of(fixture("gongwen_template_lite/out.docx")), List.of()));
    }

    @Test
    void anUploadWhoseParserExhaustsItsHeapFailsAloneAndTheNextUploadIsIndexed() throws IOException {
        Answer eating = server.http.uploadBytes(List.of(magic("汇报.docx", TestFormats.OOM_MAGIC)), List.of());
        assertFailed(eating, "读取时内存不足");
        assertIndexed(server.http.uploadBytes(List.of(fixture("govdoc_cn/397.pdf")), List.of()));
    }

    @Test
    void aDraftWhoseParserHangsIsUnprocessable() {
        Answer check = server.http.postMultipart("/api/v1/check", List.of(magic("草稿.pdf", TestFormats.HANG_MAGIC)),
                List.of());
        assertEquals(422, check.status(), check.body());
        assertTrue(check.json().get("error").get("message").asText().contains("读取文件超时"), check.body());
    }

    private static NamedBytes magic(String name, String magic) {
        return new NamedBytes(name, (magic + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** A fixture of the indexer's tests (on this class path through its test jar). */
    private static NamedBytes fixture(String name) throws IOException {
        try (InputStream in = TestFormats.class.getResourceAsStream("/formats/" + name)) {
            return new NamedBytes(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes());
        }
    }

    private static void assertFailed(Answer upload, String reason) {
        assertEquals(200, upload.status(), upload.body());
        JsonNode result = upload.json().get("results").get(0);
        assertEquals("failed", result.get("status").asText(), upload.body());
        assertTrue(result.get("error").asText().contains(reason), upload.body());
    }

    private static void assertIndexed(Answer upload) {
        assertEquals(201, upload.status(), upload.body());
        assertEquals("indexed", upload.json().get("results").get(0).get("status").asText(), upload.body());
    }
}
