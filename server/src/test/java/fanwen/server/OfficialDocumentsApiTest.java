package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fanwen.extract.TestFormats;
import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * Official documents through the API: OFD and Kingsoft WPS files uploaded and found by a phrase only each holds; a
 * 公文's elements returned under their API names, found by its 文号 in any bracket style, faceted and filtered by
 * 发文机关 ({@code issuer}), and corrected with PATCH. Every JSON answer is checked against the OpenAPI description.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialDocumentsApiTest {

    private TestServer server;
    private Http http;
    private final OpenApiChecker openApi = new OpenApiChecker();
    /** File name → document id. */
    private final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void uploadTheFormats() throws IOException {
        server = new TestServer(ServerConfig.local(0).withLimits(ServerLimits.defaults().withRate(100_000, 10_000)));
        http = server.http;
        List<NamedBytes> files = new ArrayList<>();
        for (String fixture : List.of("formats/ofd/tongzhi.ofd", "formats/wps/guazhi-as-xls.et",
                "formats/wps/huibao-as-ppt.dps", "formats/wps/zongjie-as-docx.wps", "gongwen/gw04.pdf",
                "gongwen/gw05.ofd", "gongwen/gw02.docx")) {
            files.add(fixture(fixture));
        }
        Answer upload = http.uploadBytes(files, List.of());
        assertEquals(201, upload.status(), upload.body());
        for (JsonNode result : upload.json().get("results")) {
            assertEquals("indexed", result.get("status").asText(), result.toString());
            ids.put(result.get("source").asText(), result.get("id").asText());
        }
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    /** A fixture of the indexer's tests (on this class path through its test jar). */
    private static NamedBytes fixture(String path) throws IOException {
        try (InputStream in = TestFormats.class.getResourceAsStream("/" + path)) {
            return new NamedBytes(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        }
    }

    private Answer checked(String method, String route, Answer answer) {
        List<String> problems = openApi.check(method, route, answer.status(), answer.json());
        assertTrue(problems.isEmpty(), method + " " + route + " " + answer.status() + ": " + problems);
        return answer;
    }

    private List<String> sources(String query) {
        Answer answer = checked("GET", "/api/v1/search", http.get("/api/v1/search?" + query));
        assertEquals(200, answer.status(), answer.body());
        List<String> sources = new ArrayList<>();
        answer.json().get("hits").forEach(hit -> sources.add(hit.get("source").asText()));
        return sources;
    }

    @Test
    void eachFormatIsFoundByAPhraseOnlyItHolds() {
        assertEquals(List.of("tongzhi.ofd"), sources("q=" + Http.encode("\"加强下派挂职干部管理\"")));
        assertEquals(List.of("guazhi-as-xls.et"), sources("q=" + Http.encode("欧阳振华")));
        assertEquals(List.of("huibao-as-ppt.dps"), sources("q=" + Http.encode("\"挂职锻炼工作汇报\"")));
        assertEquals(List.of("zongjie-as-docx.wps"), sources("q=" + Http.encode("\"2023年度挂职锻炼工作总结\"")));
        assertEquals(List.of("gw05.ofd"), sources("q=" + Http.encode("\"做好高校毕业生就业创业\"")));
    }

    @Test
    void theElementsOfAnOfficialDocumentComeWithItUnderTheirApiNames() {
        JsonNode doc = checked("GET", "/api/v1/documents/{id}",
                http.get("/api/v1/documents/" + ids.get("gw04.pdf"))).json();
        assertEquals("长府发〔2018〕26号", doc.get("doc_number").asText());
        assertEquals("长春市人民政府", doc.get("issuer").asText());
        assertEquals("[\"长春市人民政府\"]", doc.get("issuers").toString());
        assertEquals("周文斌", doc.get("signer").asText());
        assertEquals("市委、市政府", doc.get("recipients").asText());
        assertEquals("市委办公室，市人大常委会办公室，市政协办公室", doc.get("cc").asText());
        assertEquals("秘密", doc.get("security_level").asText());
        assertEquals("加急", doc.get("urgency").asText());
        assertTrue(doc.get("copy_number").isNull(), "an element the document lacks is null");
        assertEquals("[\"工作任务分工表\"]", doc.get("attachments").toString());
        assertEquals("长春市人民政府办公室", doc.get("printed_by").asText());
        assertEquals("2018-06-17", doc.get("printed_date").asText());
        assertEquals("2018-06-16", doc.get("date").asText(), "成文日期 is the document's date");

        JsonNode summary = checked("GET", "/api/v1/documents/{id}",
                http.get("/api/v1/documents/" + ids.get("guazhi-as-xls.et"))).json();
        assertTrue(summary.get("doc_number").isNull() && summary.get("issuer").isNull(), summary.toString());
        assertEquals("[]", summary.get("attachments").toString());
    }

    @Test
    void aDocNumberInAnyBracketStyleFindsItsDocumentFirst() {
        for (String number : List.of("梅政办发〔2019〕84号", "梅政办发[2019]84号", "梅政办发(2019)84号",
                "梅政办发2019年84号")) {
            List<String> found = sources("q=" + Http.encode(number));
            assertEquals("gw05.ofd", found.isEmpty() ? "" : found.get(0), number + " → " + found);
        }
    }

    @Test
    void issuerIsAFacetAndAFilter() {
        Answer all = checked("GET", "/api/v1/search", http.get("/api/v1/search?size=20"));
        List<String> issuers = new ArrayList<>();
        all.json().get("facets").get("issuer").forEach(f -> issuers.add(f.get("value").asText()));
        assertTrue(issuers.containsAll(List.of("长春市人民政府", "梅河口市人民政府办公室", "吉林省人民政府办公厅")),
                issuers.toString());
        assertEquals(List.of("gw04.pdf"), sources("issuer=" + Http.encode("长春市人民政府")));
        assertEquals(2, sources("issuer=" + Http.encode("长春市人民政府,梅河口市人民政府办公室")).size());
        Answer passages = checked("GET", "/api/v1/passages",
                http.get("/api/v1/passages?q=" + Http.encode("督促检查") + "&issuer=" + Http.encode("长春市人民政府")));
        passages.json().get("hits").forEach(hit -> assertEquals(ids.get("gw04.pdf"), hit.get("doc_id").asText()));
        assertTrue(passages.json().get("total").asInt() > 0, passages.body());
    }

    @Test
    void theElementsAreCorrectedWithPatchAndTheCorrectionIsSearchable() {
        String id = ids.get("gw02.docx");
        Answer edited = checked("PATCH", "/api/v1/documents/{id}", http.patchJson("/api/v1/documents/" + id,
                "{\"doc_number\":\"吉政办发〔2016〕33号\",\"issuer\":\"吉林省人民政府办公厅、吉林省网信办\","
                        + "\"printed_date\":\"2016-07-28\",\"signer\":\"李明\"}"));
        assertEquals(200, edited.status(), edited.body());
        JsonNode doc = edited.json();
        assertEquals("吉政办发〔2016〕33号", doc.get("doc_number").asText());
        assertEquals("[\"吉林省人民政府办公厅\",\"吉林省网信办\"]", doc.get("issuers").toString());
        assertEquals("吉林省人民政府办公厅", doc.get("issuer").asText());
        assertEquals("2016-07-28", doc.get("printed_date").asText());
        assertEquals("496859", doc.get("copy_number").asText(), "what was not corrected stays as found");
        assertEquals(List.of("gw02.docx"), sources("q=" + Http.encode("吉政办发[2016]33号")));
        assertEquals(List.of("gw02.docx"), sources("issuer=" + Http.encode("吉林省网信办")));

        Answer badDate = http.patchJson("/api/v1/documents/" + id, "{\"printed_date\":\"2016年7月28日\"}");
        assertEquals(400, badDate.status(), badDate.body());
        assertTrue(badDate.body().contains("printed_date"), badDate.body());
        assertEquals(400, http.patchJson("/api/v1/documents/" + id, "{\"doc_number\":42}").status());
    }
}
