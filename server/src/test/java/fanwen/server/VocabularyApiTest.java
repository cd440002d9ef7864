package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * {@code /api/v1/dictionary} and {@code /api/v1/synonyms} on a real server with an API key: a term or a synonym put
 * there changes the next search, the documents holding a new term are analysed again while {@code /health} says how
 * far, a restart keeps both lists, and bad lists and writes without the key are refused as every write is.
 */
class VocabularyApiTest {

    private static final String KEY = "vocabulary-key";
    private static final String[] WITH_KEY = {"Authorization", "Bearer " + KEY};
    private static final String TERM = "星火督办台";

    private TestServer server;

    @BeforeEach
    void startWithTwoDocuments() throws IOException {
        server = new TestServer(ServerConfig.local(0).withApiKey(KEY)
                .withLimits(ServerLimits.defaults().withRate(100_000, 10_000)));
        Answer uploaded = server.http.uploadBytes(List.of(
                NamedBytes.text("督办台.txt", "关于启用星火督办台的通知\n\n一、总体要求\n即日起，各科室通过星火督办台报送重点任务进展。\n"
                        + "二、巡查要求\n各科室开展安全隐患排查，按时报送。\n"),
                NamedBytes.text("台账.txt", "关于规范督办工作的意见\n\n一、星火燎原\n基层首创精神如星火燎原。\n"
                        + "二、挂牌督办\n重点任务实行挂牌督办，建立台账，销号管理。\n")), List.of(), WITH_KEY);
        assertEquals(201, uploaded.status(), uploaded.body());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        Engine.loadDictionaries(new DataFolder(server.data.resolve("none"))); // later tests start without the words
    }

    @Test
    void aTermPutInTheDictionaryIsOneWordForTheNextSearchAndItsDocumentIsAnalysedAgain() throws Exception {
        assertEquals(List.of("台账.txt", "督办台.txt"), sources("/api/v1/search?q=" + Http.encode(TERM)).stream()
                .sorted().toList(), "before, its parts are found apart");

        Answer put = server.http.putJson("/api/v1/dictionary", "{\"terms\":[\"" + TERM + "\",\"挂牌督办\"]}",
                WITH_KEY);
        assertEquals(200, put.status(), put.body());
        assertEquals(List.of(TERM, "挂牌督办"), texts(put.json().get("terms")));

        assertEquals(List.of(TERM), queryWords(TERM), "the next query is segmented with it, without a restart");
        assertEquals(List.of("督办台.txt"), sources("/api/v1/search?q=" + Http.encode(TERM)));
        awaitReanalysis();
        JsonNode passage = server.http.get("/api/v1/passages?q=" + Http.encode(TERM)).json().get("hits").get(0);
        assertTrue(passage.get("snippet").asText().contains("<mark>" + TERM + "</mark>"), passage.toString());
        assertEquals(List.of(TERM, "挂牌督办"), texts(server.http.get("/api/v1/dictionary").json().get("terms")));
    }

    @Test
    void aSynonymPutThereFindsTheDocumentWrittenWithTheOtherWord() {
        assertEquals(List.of(), sources("/api/v1/search?q=" + Http.encode("摸底")));
        Answer put = server.http.putJson("/api/v1/synonyms", "{\"groups\":[[\"摸底\",\"排查\"]]}", WITH_KEY);
        assertEquals(200, put.status(), put.body());
        assertEquals("[[\"摸底\",\"排查\"]]", put.json().get("groups").toString());
        assertEquals(List.of("督办台.txt"), sources("/api/v1/search?q=" + Http.encode("摸底")));
        assertEquals("[[\"摸底\",\"排查\"]]", server.http.get("/api/v1/synonyms").json().get("groups").toString());
    }

    @Test
    void aRestartKeepsTheTermsAndTheSynonyms() throws Exception {
        assertEquals(200, server.http.putJson("/api/v1/dictionary", "{\"terms\":[\"" + TERM + "\"]}", WITH_KEY)
                .status());
        assertEquals(200, server.http.putJson("/api/v1/synonyms", "{\"groups\":[[\"摸底\",\"排查\"]]}", WITH_KEY)
                .status());
        awaitReanalysis();
        server = server.restarted();
        assertEquals(List.of(TERM), texts(server.http.get("/api/v1/dictionary").json().get("terms")));
        assertEquals("[[\"摸底\",\"排查\"]]", server.http.get("/api/v1/synonyms").json().get("groups").toString());
        assertEquals(List.of(TERM), queryWords(TERM));
        assertEquals(List.of("督办台.txt"), sources("/api/v1/search?q=" + Http.encode("摸底")));
    }

    @Test
    void badListsAreRefusedWithTheReasonInChineseAndNothingIsStored() {
        assertRefused("/api/v1/dictionary", "{\"terms\":[\"\"]}", "词条不能为空");
        assertRefused("/api/v1/dictionary", "{\"terms\":[\"5G基站\"]}", "只能由汉字组成");
        assertRefused("/api/v1/dictionary", "{\"terms\":[\"" + "长".repeat(33) + "\"]}", "应为 2–32 个汉字");
        assertRefused("/api/v1/dictionary", "{\"terms\":\"星火督办台\"}", "请求体应为");
        assertRefused("/api/v1/dictionary", "[\"星火督办台\"]", "请求体应为");
        assertRefused("/api/v1/dictionary", "{\"terms\":[1]}", "请求体应为");
        assertRefused("/api/v1/dictionary", "{terms", "不是有效的 JSON");
        assertRefused("/api/v1/synonyms", "{\"groups\":[[\"摸底\"]]}", "至少要有两个不同的词");
        assertRefused("/api/v1/synonyms", "{\"groups\":[\"摸底,排查\"]}", "请求体应为");
        assertEquals("[]", server.http.get("/api/v1/dictionary").json().get("terms").toString());
        assertEquals("[]", server.http.get("/api/v1/synonyms").json().get("groups").toString());
    }

    @Test
    void writesWithoutTheKeyAreRefusedAndReadsAreOpen() {
        for (String path : List.of("/api/v1/dictionary", "/api/v1/synonyms")) {
            String body = path.endsWith("dictionary") ? "{\"terms\":[\"星火督办台\"]}" : "{\"groups\":[[\"摸底\",\"排查\"]]}";
            Answer anonymous = server.http.putJson(path, body);
            assertEquals(401, anonymous.status(), anonymous.body());
            assertEquals("unauthorized", anonymous.json().get("error").get("code").asText());
            assertEquals(401, server.http.putJson(path, body, "Authorization", "Bearer wrong").status());
            assertEquals(200, server.http.get(path).status());
        }
        assertEquals("[]", server.http.get("/api/v1/dictionary").json().get("terms").toString());
    }

    private void assertRefused(String path, String body, String reason) {
        Answer answer = server.http.putJson(path, body, WITH_KEY);
        assertEquals(400, answer.status(), answer.body());
        JsonNode error = answer.json().get("error");
        assertEquals("bad_request", error.get("code").asText());
        assertTrue(error.get("message").asText().contains(reason), error.toString());
        OneVoice.assertChinese(error.get("message").asText());
    }

    private List<String> sources(String path) {
        Answer answer = server.http.get(path);
        assertEquals(200, answer.status(), answer.body());
        List<String> out = new ArrayList<>();
        answer.json().get("hits").forEach(hit -> out.add(hit.get("source").asText()));
        return out;
    }

    private List<String> queryWords(String text) {
        Answer answer = server.http.postJson("/api/v1/analyze", "{\"text\":\"" + text + "\",\"mode\":\"query\"}");
        List<String> out = new ArrayList<>();
        answer.json().get("tokens").forEach(token -> out.add(token.get("term").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }

    /** Polls {@code /health} until no document is being analysed again, as a client would. */
    private void awaitReanalysis() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode health = server.http.get("/api/v1/health").json();
            assertEquals("ok", health.get("status").asText(), "the library answers meanwhile");
            if (health.get("reanalysing").isNull()) {
                return;
            }
            JsonNode progress = health.get("reanalysing");
            assertTrue(progress.get("done").asInt() <= progress.get("total").asInt(), progress.toString());
            assertTrue(System.nanoTime() < deadline, "still analysing again after a minute: " + health);
            Thread.sleep(20);
        }
    }
}
