package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * A 1.2 M-character document uploaded through the API — the government work reports of the bundled corpus
 * one after another — a term near its end is found and highlighted.
 */
class LargeDocumentTest {

    @Test
    void aTermNearTheEndOfAnUploadOfOver1200000CharactersIsFoundAndHighlighted() throws Exception {
        StringBuilder text = new StringBuilder("历年政府工作报告汇编\n\n");
        List<Path> reports;
        try (Stream<Path> files = Files.walk(TestServer.seed().resolveSibling("reports"))) {
            reports = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path report : reports) {
            if (text.length() >= 1_200_000) {
                break;
            }
            text.append(Files.readString(report)).append("\n\n");
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
            String stored = server.http.get("/api/v1/documents/" + id).json().get("text").asText(); // as extracted
            assertTrue(stored.length() > 1_200_000, "chars: " + stored.length());
            assertTrue(passage.get("start").asInt() > stored.length() - 2_000, "near the end: " + passage.get("start"));
            assertEquals(stored.substring(passage.get("start").asInt(), passage.get("end").asInt()),
                    passage.get("text").asText());
        }
    }
}
