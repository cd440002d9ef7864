package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/** A 1.2 M-character document uploaded through the API: a term near its end is found and highlighted. */
class LargeDocumentTest {

    @Test
    void aTermNearTheEndOfA12MillionCharacterUploadIsFoundAndHighlighted() throws Exception {
        StringBuilder text = new StringBuilder("关于加强基层治理的工作报告\n\n");
        for (int part = 1; text.length() < 1_200_000; part++) {
            text.append("（").append(part).append("）").append(Markers.document("第" + part + "部分").repeat(3));
        }
        text.append("最后一段提到了独特的蓝莓种植合作社。\n");
        try (TestServer server = TestServer.local()) {
            Answer upload = server.http.uploadBytes(List.of(NamedBytes.text("long-report.txt", text.toString())),
                    List.of());
            assertEquals(201, upload.status(), upload.body());
            String id = upload.json().get("results").get(0).get("id").asText();

            JsonNode documents = server.http.get("/api/v1/search?q=" + Http.encode("蓝莓种植")).json();
            assertEquals(1, documents.get("total").asInt(), documents.toString());
            assertEquals(id, documents.get("hits").get(0).get("id").asText());
            String snippets = documents.get("hits").get(0).get("snippets").toString();
            assertTrue(snippets.contains("<mark>蓝莓</mark>") || snippets.contains("<mark>蓝莓种植</mark>"), snippets);

            JsonNode passages = server.http.get("/api/v1/passages?q=" + Http.encode("蓝莓种植")).json();
            JsonNode passage = passages.get("hits").get(0);
            assertTrue(passage.get("snippet").asText().contains("<mark>"), passage.toString());
            assertTrue(passage.get("start").asInt() > 1_190_000, "the passage is near the end: " + passage.get("start"));
            assertEquals(text.substring(passage.get("start").asInt(), passage.get("end").asInt()),
                    passage.get("text").asText());
        }
    }
}
