package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;
import fanwen.server.http.ErrorCode;

/**
 * The API v1 over real HTTP: a server on a free port with the twelve seed essays uploaded through the API.
 * Every JSON answer checked here is also validated against the bundled OpenAPI description, and every refusal is
 * told in the API's one voice ({@link OneVoice}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    private TestServer server;
    private Http http;
    private final OpenApiChecker openApi = new OpenApiChecker();
    /** Seed file name → document id. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> ids = new HashMap<>();
    private List<Path> seedFiles;

    @BeforeAll
    void uploadTheSeedEssays() throws IOException {
        server = new TestServer(ServerConfig.local(0).withLimits(ServerLimits.defaults().withRate(100_000, 10_000)));
        http = server.http;
        try (Stream<Path> files = Files.list(TestServer.seed())) {
            seedFiles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Answer answer = http.upload(seedFiles, List.of("tags", "挂职,seed"));
        assertEquals(201, answer.status(), answer.body());
        conforms("POST", "/api/v1/documents", answer);
        for (JsonNode result : answer.json().get("results")) {
            assertEquals("indexed", result.get("status").asText(), result.toString());
            ids.put(result.get("source").asText(), result.get("id").asText());
        }
        assertEquals(seedFiles.size(), ids.size());
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    private void conforms(String method, String route, Answer answer) {
        List<String> problems = openApi.check(method, route, answer.status(), answer.json());
        assertTrue(problems.isEmpty(), method + " " + route + " " + answer.status() + ": " + problems);
    }

    /** {@code answer} is a refusal of {@code kind} in the one voice, as the description of the route says. */
    private void refused(ErrorCode kind, String method, String route, Answer answer) {
        OneVoice.assertSpeaks(kind, answer);
        conforms(method, route, answer);
    }

    private String idOf(String seedNamePrefix) {
        return ids.entrySet().stream().filter(e -> e.getKey().startsWith(seedNamePrefix)).findFirst()
                .orElseThrow().getValue();
    }

    @Test
    void searchRanksDocumentsWithHighlightedSnippetsAndFacets() {
        Answer answer = http.get("/api/v1/search?q=" + Http.encode("挂职锻炼"));
        assertEquals(200, answer.status());
        conforms("GET", "/api/v1/search", answer);
        JsonNode json = answer.json();
        assertTrue(json.get("total").asInt() >= 3, json.toString());
        JsonNode first = json.get("hits").get(0);
        assertTrue(first.get("snippets").get(0).asText().contains("<mark>"), first.toString());
        assertTrue(json.get("facets").get("type").size() > 0);
    }

    @Test
    void searchFiltersByTypeAndTagAndPages() {
        JsonNode speeches = http.get("/api/v1/search?q=" + Http.encode("挂职") + "&type=" + Http.encode("讲话"))
                .json();
        assertTrue(speeches.get("total").asInt() >= 1);
        speeches.get("hits").forEach(hit -> assertEquals("讲话", hit.get("type").asText()));
        JsonNode tagged = http.get("/api/v1/search?tag=seed&size=4&page=2&sort=date").json();
        assertTrue(tagged.get("total").asInt() >= 8, "other tests may retag one seed essay");
        assertEquals(4, tagged.get("hits").size());
        tagged.get("hits").forEach(hit -> assertTrue(ids.containsValue(hit.get("id").asText())));
        JsonNode none = http.get("/api/v1/search?q=" + Http.encode("挂职") + "&year_from=1990&year_to=1991").json();
        assertEquals(0, none.get("total").asInt());
    }

    @Test
    void passagesComeWithHeadingPathTextAndSnippet() {
        Answer answer = http.get("/api/v1/passages?q=" + Http.encode("加强组织领导") + "&size=5");
        assertEquals(200, answer.status());
        conforms("GET", "/api/v1/passages", answer);
        JsonNode hit = answer.json().get("hits").get(0);
        assertTrue(hit.get("passage_id").asText().startsWith(hit.get("doc_id").asText() + "-"));
        assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
        assertFalse(hit.get("text").asText().isEmpty());
    }

    @Test
    void documentDetailHasOutlineWithPassageIdsKeywordsSummaryAndText() {
        String id = idOf("04_");
        Answer answer = http.get("/api/v1/documents/" + id);
        assertEquals(200, answer.status());
        conforms("GET", "/api/v1/documents/{id}", answer);
        JsonNode doc = answer.json();
        assertEquals(id, doc.get("id").asText());
        assertTrue(doc.get("outline").size() > 0, doc.get("outline").toString());
        assertTrue(doc.get("keywords").size() > 0);
        assertFalse(doc.get("summary").asText().isEmpty());
        assertTrue(doc.get("text").asText().length() > 1000);
        String passageId = firstPassageId(doc.get("outline"));
        assertTrue(passageId.startsWith(id + "-"), passageId);
        assertEquals(200, http.get("/api/v1/passages/" + passageId + "/similar").status());
    }

    private static String firstPassageId(JsonNode outline) {
        for (JsonNode node : outline) {
            if (!node.get("passage_id").isNull()) {
                return node.get("passage_id").asText();
            }
            String below = firstPassageId(node.get("children"));
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    void originalIsDownloadedWithItsTypeAndUtf8FileName() throws IOException {
        Path file = seedFiles.get(0);
        Answer answer = http.get("/api/v1/documents/" + ids.get(file.getFileName().toString()) + "/original");
        assertEquals(200, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("text/plain"), answer.header("Content-Type"));
        String disposition = answer.header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + Http.encode(file.getFileName().toString())
                .replace("+", "%20")), disposition);
        assertEquals(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), answer.body());
    }

    @Test
    void anOriginalDownloadedCompressedIsWholeWhenUnpacked() throws IOException {
        Path file = seedFiles.get(3); // 20 KB of text: worth compressing
        Answer answer = http.get("/api/v1/documents/" + ids.get(file.getFileName().toString()) + "/original",
                "Accept-Encoding", "gzip");
        assertEquals(200, answer.status());
        byte[] body = answer.bytes();
        if ("gzip".equals(answer.header("Content-Encoding"))) {
            try (GZIPInputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unpacked.readAllBytes();
            }
        }
        assertArrayEquals(Files.readAllBytes(file), body, "the whole file, not a truncated one");
    }

    @Test
    void similarDocumentsExcludeTheSourceAndRankBySimilarity() {
        String id = idOf("05_");
        Answer answer = http.get("/api/v1/documents/" + id + "/similar?size=5");
        assertEquals(200, answer.status());
        conforms("GET", "/api/v1/documents/{id}/similar", answer);
        JsonNode hits = answer.json().get("hits");
        assertTrue(hits.size() > 0);
        double previous = 1.0;
        for (JsonNode hit : hits) {
            assertNotEquals(id, hit.get("id").asText());
            double similarity = hit.get("similarity").asDouble();
            assertTrue(similarity >= 0 && similarity <= previous, hits.toString());
            previous = similarity;
        }
    }

    @Test
    void similarPassagesExcludeTheSource() {
        String passageId = http.get("/api/v1/passages?q=" + Http.encode("挂职干部") + "&size=1").json()
                .get("hits").get(0).get("passage_id").asText();
        Answer answer = http.get("/api/v1/passages/" + passageId + "/similar?size=3");
        assertEquals(200, answer.status());
        conforms("GET", "/api/v1/passages/{id}/similar", answer);
        answer.json().get("hits").forEach(hit -> assertNotEquals(passageId, hit.get("passage_id").asText()));
    }

    @Test
    void aSlightlyEditedCopyIsIndexedAndFlaggedAsNearDuplicate() throws IOException {
        Path original = seedFiles.get(1);
        String text = Files.readString(original) + "\n特此报告。\n";
        Answer answer = http.uploadBytes(List.of(NamedBytes.text("修改稿.txt", text)), List.of());
        assertEquals(201, answer.status(), answer.body());
        JsonNode result = answer.json().get("results").get(0);
        String originalId = ids.get(original.getFileName().toString());
        assertEquals(originalId, result.get("near_duplicate_of").asText(), result.toString());
        JsonNode similar = http.get("/api/v1/documents/" + result.get("id").asText() + "/similar?size=1").json();
        assertTrue(similar.get("hits").get(0).get("near_duplicate").asBoolean(), similar.toString());
        assertEquals(200, http.delete("/api/v1/documents/" + result.get("id").asText()).status());
    }

    @Test
    void aPastedParagraphIsCheckedAgainstTheLibrary() throws IOException {
        String paragraph = Files.readString(seedFiles.get(4)).lines().map(String::strip)
                .filter(l -> l.length() > 100).findFirst().orElseThrow();
        String draft = "这是新写的开头，资料库里没有这句话。\n" + paragraph + "\n";
        Answer answer = http.postJson("/api/v1/check", JSON.writeValueAsString(Map.of("text", draft)));
        assertEquals(200, answer.status(), answer.body());
        conforms("POST", "/api/v1/check", answer);
        JsonNode report = answer.json();
        assertEquals(draft, report.get("text").asText());
        assertTrue(report.get("ratio").asDouble() > 0.7, report.toString());
        JsonNode top = report.get("matches").get(0);
        assertEquals(ids.get(seedFiles.get(4).getFileName().toString()), top.get("doc_id").asText());
        String source = http.get("/api/v1/documents/" + top.get("doc_id").asText()).json().get("text").asText();
        JsonNode span = top.get("spans").get(0);
        String copied = draft.substring(span.get("draft_start").asInt(), span.get("draft_end").asInt());
        assertTrue(paragraph.contains(copied), copied);
        assertEquals(copied, source.substring(span.get("source_start").asInt(), span.get("source_end").asInt()));
    }

    @Test
    void aDraftFileIsCheckedAndItsTextReturned() throws IOException {
        String text = Files.readString(seedFiles.get(6));
        Answer answer = http.postMultipart("/api/v1/check", List.of(NamedBytes.text("草稿.txt", text)), List.of());
        assertEquals(200, answer.status(), answer.body());
        conforms("POST", "/api/v1/check", answer);
        assertEquals(text.strip(), answer.json().get("text").asText().strip());
        assertTrue(answer.json().get("ratio").asDouble() > 0.9, answer.body());
    }

    @Test
    void badChecksAreRefusedWithAReason() throws IOException {
        refused(ErrorCode.BAD_REQUEST, "POST", "/api/v1/check", http.postJson("/api/v1/check", "{text:"));
        refused(ErrorCode.BAD_REQUEST, "POST", "/api/v1/check", http.postJson("/api/v1/check", "{\"draft\":\"x\"}"));
        refused(ErrorCode.BAD_REQUEST, "POST", "/api/v1/check", http.postMultipart("/api/v1/check",
                List.of(NamedBytes.text("一.txt", "一"), NamedBytes.text("二.txt", "二")), List.of()));
        Answer broken = http.postMultipart("/api/v1/check", List.of(new NamedBytes("坏文件.pdf", "%PDF-1.7\n1 0 obj <<".getBytes())),
                List.of());
        refused(ErrorCode.UNPROCESSABLE_FILE, "POST", "/api/v1/check", broken);
        JsonNode error = broken.json().get("error");
        assertTrue(error.get("message").asText().startsWith("文件已损坏或格式不正确，无法读取。请"), broken.body());
        assertFalse(error.get("detail").asText().isBlank(), broken.body());
        assertFalse(error.get("message").asText().contains(error.get("detail").asText()), broken.body());
    }

    @Test
    void aBrokenUploadSaysInChineseWhatHappenedAndWhatToDoWithTheParsersWordsApart() {
        Answer answer = http.uploadBytes(List.of(new NamedBytes("坏文件.pdf", "%PDF-1.7\n1 0 obj <<".getBytes()),
                new NamedBytes("程序.exe", new byte[]{1, 2, 3})), List.of());
        assertEquals(200, answer.status(), answer.body());
        conforms("POST", "/api/v1/documents", answer);
        JsonNode pdf = answer.json().get("results").get(0);
        assertEquals("failed", pdf.get("status").asText());
        assertEquals("文件已损坏或格式不正确，无法读取。请用原软件（如 Word、WPS）打开并重新保存后再试。", pdf.get("error").asText());
        assertTrue(pdf.get("detail").asText().matches("\\p{ASCII}+"), pdf.toString());
        JsonNode exe = answer.json().get("results").get(1);
        assertTrue(exe.get("error").asText().startsWith("不支持这种文件格式（.exe）。请"), exe.toString());
        assertTrue(exe.get("detail").isNull(), exe.toString());
    }

    @Test
    void theSameFileOrTheSameTextAgainIsADuplicate() throws IOException {
        Path file = seedFiles.get(2);
        String id = ids.get(file.getFileName().toString());
        Answer same = http.upload(List.of(file), List.of());
        assertEquals(200, same.status(), same.body());
        JsonNode result = same.json().get("results").get(0);
        assertEquals("duplicate", result.get("status").asText());
        assertEquals(id, result.get("duplicate_of").asText());
        String respaced = Files.readString(file).replace("\n", "\n\n");
        JsonNode sameText = http.uploadBytes(List.of(NamedBytes.text("copy.txt", respaced)), List.of()).json()
                .get("results").get(0);
        assertEquals("duplicate", sameText.get("status").asText());
        assertEquals(id, sameText.get("duplicate_of").asText());
    }

    @Test
    void aFailedUploadLeavesTheIndexUntouched() {
        int before = http.get("/api/v1/stats").json().get("documents").asInt();
        Answer answer = http.uploadBytes(List.of(new NamedBytes("broken.docx", new byte[]{1, 2, 3, 4, 5}),
                NamedBytes.text("empty.txt", "")), List.of());
        assertEquals(200, answer.status(), answer.body());
        conforms("POST", "/api/v1/documents", answer);
        answer.json().get("results").forEach(r -> {
            assertEquals("failed", r.get("status").asText());
            assertFalse(r.get("error").asText().isBlank());
        });
        assertEquals(before, http.get("/api/v1/stats").json().get("documents").asInt());
    }

    @Test
    void metadataEditsChangeTheDocumentAndAreStoredForReindexing() throws IOException {
        String id = idOf("10_");
        Answer answer = http.patchJson("/api/v1/documents/" + id,
                "{\"title\":\"联校办学调研（修订）\",\"type\":\"报告\",\"year\":2011,\"unit\":\"县教育局\",\"tags\":[\"调研\",\"教育\"]}");
        assertEquals(200, answer.status(), answer.body());
        conforms("PATCH", "/api/v1/documents/{id}", answer);
        JsonNode doc = answer.json();
        assertEquals("联校办学调研（修订）", doc.get("title").asText());
        assertEquals("报告", doc.get("type").asText());
        assertEquals(2011, doc.get("year").asInt());
        assertEquals("[\"县教育局\"]", doc.get("units").toString());
        assertEquals("县教育局", doc.get("unit").asText(), "unit: the first of units, kept for v1 compatibility");
        JsonNode found = http.get("/api/v1/search?tag=" + Http.encode("教育") + "&year_from=2011&year_to=2011").json();
        assertEquals(1, found.get("total").asInt());
        assertEquals(id, found.get("hits").get(0).get("id").asText());
        assertTrue(Files.readString(server.data.resolve("metadata").resolve(id + ".json")).contains("县教育局"));
        JsonNode second = http.patchJson("/api/v1/documents/" + id, "{\"tags\":\"教育\"}").json();
        assertEquals("联校办学调研（修订）", second.get("title").asText(), "earlier edits are kept");
        assertEquals("[\"教育\"]", second.get("tags").toString());
    }

    @Test
    void deleteRemovesTheDocumentAndItsPassages() {
        Answer upload = http.uploadBytes(List.of(NamedBytes.text("待删除的通知.txt",
                "关于开展防汛检查的通知\n\n一、检查范围\n各乡镇水库、堤防。\n二、时间安排\n六月底前完成。")), List.of());
        String id = upload.json().get("results").get(0).get("id").asText();
        Answer deleted = http.delete("/api/v1/documents/" + id);
        assertEquals(200, deleted.status());
        conforms("DELETE", "/api/v1/documents/{id}", deleted);
        assertEquals(404, http.get("/api/v1/documents/" + id).status());
        JsonNode passages = http.get("/api/v1/passages?q=" + Http.encode("防汛检查")).json().get("hits");
        passages.forEach(hit -> assertNotEquals(id, hit.get("doc_id").asText(), "a passage of the deleted document"));
        assertEquals(404, http.delete("/api/v1/documents/" + id).status());
    }

    @Test
    void suggestionsCompleteTitlesAndKeywords() {
        Answer answer = http.get("/api/v1/suggest?q=" + Http.encode("挂职"));
        assertEquals(200, answer.status());
        conforms("GET", "/api/v1/suggest", answer);
        JsonNode suggestions = answer.json().get("suggestions");
        assertTrue(suggestions.size() > 0);
        suggestions.forEach(s -> assertTrue(s.get("text").asText().contains("挂职"), s.toString()));
        assertEquals(0, http.get("/api/v1/suggest?q=").json().get("suggestions").size());
    }

    @Test
    void analyzeListsTokensWithOffsets() {
        Answer answer = http.postJson("/api/v1/analyze", "{\"text\":\"挂职锻炼工作总结\",\"mode\":\"index\"}");
        assertEquals(200, answer.status(), answer.body());
        conforms("POST", "/api/v1/analyze", answer);
        List<String> terms = new ArrayList<>();
        for (JsonNode token : answer.json().get("tokens")) {
            terms.add(token.get("term").asText());
            assertEquals(token.get("term").asText(), "挂职锻炼工作总结".substring(token.get("start").asInt(),
                    token.get("end").asInt()));
        }
        assertTrue(terms.contains("挂职锻炼"), terms.toString());
        assertEquals(200, http.postJson("/api/v1/analyze", "{\"text\":\"挂职锻炼\",\"mode\":\"query\"}").status());
        refused(ErrorCode.BAD_REQUEST, "POST", "/api/v1/analyze",
                http.postJson("/api/v1/analyze", "{\"text\":\"挂职\",\"mode\":\"fast\"}"));
        refused(ErrorCode.BAD_REQUEST, "POST", "/api/v1/analyze", http.postJson("/api/v1/analyze", "not json"));
    }

    @Test
    void statsHealthAndOpenApiDescribeTheServer() {
        Answer stats = http.get("/api/v1/stats");
        conforms("GET", "/api/v1/stats", stats);
        assertTrue(stats.json().get("documents").asInt() >= seedFiles.size());
        assertNotNull(stats.json().get("last_commit").textValue());
        Answer health = http.get("/api/v1/health");
        conforms("GET", "/api/v1/health", health);
        assertEquals("ok", health.json().get("status").asText());
        assertFalse(health.json().get("writes_need_key").asBoolean(), "no key configured");
        JsonNode spec = http.get("/api/v1/openapi.json").json();
        assertEquals("3.1.0", spec.get("openapi").asText());
        for (String path : List.of("/api/v1/search", "/api/v1/passages", "/api/v1/documents", "/api/v1/documents/{id}",
                "/api/v1/documents/{id}/original", "/api/v1/documents/{id}/similar", "/api/v1/passages/{id}/similar",
                "/api/v1/suggest", "/api/v1/check", "/api/v1/analyze", "/api/v1/stats", "/api/v1/health", "/metrics")) {
            assertTrue(spec.get("paths").has(path), path);
        }
    }

    @Test
    void theWebPageIsServedAtTheRootUnderAStrictContentSecurityPolicy() {
        Answer page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"js/main.js\"></script>"), page.body());
        String policy = page.header("Content-Security-Policy");
        assertNotNull(policy);
        assertTrue(policy.contains("script-src 'self'") && policy.contains("default-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        Answer script = http.get("/js/main.js");
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").contains("javascript"), "module scripts need a JavaScript type: "
                + script.header("Content-Type"));
        assertEquals(404, http.get("/no-such-page.html").status());
        assertEquals("ok", http.get("/api/v1/health").json().get("status").asText(), "the API is not shadowed");
    }

    @Test
    void badParametersAreRefusedWith400() {
        for (String query : List.of("page=0", "size=101", "size=0", "sort=popularity", "year_from=20x5",
                "year_to=15", "page=abc", "page=1000&size=100")) {
            refused(ErrorCode.BAD_REQUEST, "GET", "/api/v1/search", http.get("/api/v1/search?q=x&" + query));
        }
        refused(ErrorCode.BAD_REQUEST, "GET", "/api/v1/passages", http.get("/api/v1/passages?size=500"));
        refused(ErrorCode.BAD_REQUEST, "GET", "/api/v1/documents/{id}/similar",
                http.get("/api/v1/documents/" + idOf("01_") + "/similar?size=0"));
        refused(ErrorCode.BAD_REQUEST, "GET", "/api/v1/passages/{id}/similar",
                http.get("/api/v1/passages/" + idOf("01_") + "-0/similar?size=51"));
        for (String edit : List.of("{\"year\":\"二〇一五\"}", "{\"type\":\"小说\"}", "{\"author\":\"x\"}", "[1,2]", "{}",
                "{\"title\":\"\"}", "{\"tags\":[1]}", "{x")) {
            refused(ErrorCode.BAD_REQUEST, "PATCH", "/api/v1/documents/{id}",
                    http.patchJson("/api/v1/documents/" + idOf("01_"), edit));
        }
        refused(ErrorCode.BAD_REQUEST, "POST", "/api/v1/documents",
                http.uploadBytes(List.of(), List.of("tags", "示例")));
        refused(ErrorCode.BAD_REQUEST, "POST", "/api/v1/documents",
                http.uploadBytes(List.of(NamedBytes.text("a.txt", "一")), List.of("type", "小说")));
    }

    @Test
    void aTextOverItsLimitIs413WhicheverRouteItIsSentTo() throws IOException {
        refused(ErrorCode.PAYLOAD_TOO_LARGE, "POST", "/api/v1/analyze",
                http.postJson("/api/v1/analyze", JSON.writeValueAsString(Map.of("text", "字".repeat(100_001)))));
        refused(ErrorCode.PAYLOAD_TOO_LARGE, "POST", "/api/v1/check",
                http.postJson("/api/v1/check", JSON.writeValueAsString(Map.of("text", "字".repeat(200_001)))));
        String overTheBodyLimit = JSON.writeValueAsString(Map.of("text", "a".repeat(1_100_000)));
        refused(ErrorCode.PAYLOAD_TOO_LARGE, "POST", "/api/v1/analyze", http.postJson("/api/v1/analyze", overTheBodyLimit));
        refused(ErrorCode.PAYLOAD_TOO_LARGE, "POST", "/api/v1/check", http.postJson("/api/v1/check", overTheBodyLimit));
        refused(ErrorCode.PAYLOAD_TOO_LARGE, "PATCH", "/api/v1/documents/{id}",
                http.patchJson("/api/v1/documents/" + idOf("01_"), overTheBodyLimit));
    }

    @Test
    void malformedQuerySyntaxIsReadAsPlainWords() {
        for (String q : List.of("\"挂职锻炼", "type:", "year:20..", "-", "((挂职", "挂职 AND OR")) {
            Answer answer = http.get("/api/v1/search?q=" + Http.encode(q));
            assertEquals(200, answer.status(), q + ": " + answer.body());
        }
    }

    @Test
    void unknownIdsAndPathsAre404() {
        String missing = "0123456789abcdef";
        for (String path : List.of("/api/v1/documents/" + missing, "/api/v1/documents/" + missing + "/original",
                "/api/v1/documents/" + missing + "/similar", "/api/v1/passages/" + missing + "-0/similar",
                "/api/v1/documents/..%2F..%2Fetc%2Fpasswd/original", "/api/v1/nothing-here")) {
            OneVoice.assertSpeaks(ErrorCode.NOT_FOUND, http.get(path));
        }
        refused(ErrorCode.NOT_FOUND, "GET", "/api/v1/documents/{id}", http.get("/api/v1/documents/" + missing));
        refused(ErrorCode.NOT_FOUND, "GET", "/api/v1/documents/{id}/original",
                http.get("/api/v1/documents/" + missing + "/original"));
        refused(ErrorCode.NOT_FOUND, "GET", "/api/v1/documents/{id}/similar",
                http.get("/api/v1/documents/" + missing + "/similar"));
        refused(ErrorCode.NOT_FOUND, "GET", "/api/v1/passages/{id}/similar",
                http.get("/api/v1/passages/" + missing + "-0/similar"));
        refused(ErrorCode.NOT_FOUND, "PATCH", "/api/v1/documents/{id}",
                http.patchJson("/api/v1/documents/" + missing, "{\"year\":2015}"));
        refused(ErrorCode.NOT_FOUND, "DELETE", "/api/v1/documents/{id}", http.delete("/api/v1/documents/" + missing));
    }

    @Test
    void unsupportedFormatsAre415WhereverAFileIsSent() {
        refused(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "POST", "/api/v1/documents",
                http.uploadBytes(List.of(new NamedBytes("table.xyz", new byte[]{1, 2, 3})), List.of()));
        refused(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "POST", "/api/v1/documents",
                http.postJson("/api/v1/documents", "{\"file\":\"x\"}"));
        refused(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "POST", "/api/v1/check",
                http.postMultipart("/api/v1/check", List.of(new NamedBytes("程序.exe", new byte[]{1, 2, 3})), List.of()));
    }

    @Test
    void scriptInTitleOrBodyNeverReachesASnippetUnescaped() {
        String text = "<script>alert('title')</script>关于规范公文处理的通知\n\n一、总体要求\n"
                + "各单位要规范公文处理，<script>alert(1)</script>严格执行公文格式。\n";
        Answer upload = http.uploadBytes(List.of(NamedBytes.text("xss.txt", text)), List.of());
        assertEquals(201, upload.status(), upload.body());
        for (String route : List.of("/api/v1/search", "/api/v1/passages")) {
            Answer answer = http.get(route + "?q=" + Http.encode("公文处理"));
            assertTrue(answer.header("Content-Type").startsWith("application/json"));
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            String snippets = answer.json().get("hits").toString();
            String allSnippets = answer.json().findValues(route.endsWith("search") ? "snippets" : "snippet").toString();
            assertFalse(allSnippets.contains("<script"), allSnippets);
            assertTrue(allSnippets.contains("&lt;script&gt;"), allSnippets);
            assertTrue(snippets.contains("<mark>"), snippets);
        }
    }

    @Test
    void metricsCountRequestsPerRouteInPrometheusFormat() {
        http.get("/api/v1/search?q=" + Http.encode("总结"));
        http.get("/api/v1/documents/" + idOf("01_"));
        Answer answer = http.get("/metrics");
        assertEquals(200, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("text/plain"));
        String text = answer.body();
        assertTrue(text.contains("fanwen_http_requests_total{method=\"GET\",route=\"/api/v1/search\",status=\"200\"}"), text);
        assertTrue(text.contains("route=\"/api/v1/documents/{id}\""), "routes, not raw paths: " + text);
        assertTrue(text.contains("fanwen_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/search\",le=\"+Inf\"}"));
        assertTrue(text.contains("fanwen_index_documents "));
        assertTrue(text.contains("fanwen_index_last_commit_timestamp_seconds "));
    }

    @Test
    void concurrentUploadsAndSearchesAreSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Answer>> uploads = new ArrayList<>();
            List<Future<Answer>> searches = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String marker = "并发测试标记" + "甲乙丙丁".charAt(i);
                uploads.add(pool.submit(() -> http.uploadBytes(List.of(NamedBytes.text("concurrent-" + marker + ".txt",
                        "关于" + marker + "的工作总结\n\n一、主要工作\n今年围绕" + marker + "开展了调研。\n")), List.of())));
                for (int j = 0; j < 5; j++) {
                    searches.add(pool.submit(() -> http.get("/api/v1/search?q=" + Http.encode("工作总结"))));
                }
            }
            for (Future<Answer> upload : uploads) {
                assertEquals(201, upload.get().status(), upload.get().body());
            }
            for (Future<Answer> search : searches) {
                assertEquals(200, search.get().status());
            }
        } finally {
            pool.shutdown();
        }
        for (String letter : List.of("甲", "乙", "丙", "丁")) {
            JsonNode found = http.get("/api/v1/search?q=" + Http.encode("\"并发测试标记" + letter + "\"")).json();
            assertEquals(1, found.get("total").asInt(), letter + ": " + found);
        }
    }
}
