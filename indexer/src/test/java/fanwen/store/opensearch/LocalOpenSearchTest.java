package fanwen.store.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class LocalOpenSearchTest {

    @Test
    void theSharedLocalNodeIsOpenSearch390WithTheAnalysisPluginAndSegmentsAsFanwenDoes()
            throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String root = http.send(HttpRequest.newBuilder(LocalOpenSearch.url()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(root.contains("\"number\" : \"3.9.0\""), root);
            String plugins = http.send(HttpRequest.newBuilder(LocalOpenSearch.url().resolve("/_cat/plugins")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(plugins.contains("analysis-hanlp"), plugins);
            HttpResponse<String> analyzed = http.send(HttpRequest.newBuilder(LocalOpenSearch.url().resolve("/_analyze"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"analyzer\":\"fanwen_query\",\"text\":\"挂职锻炼\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, analyzed.statusCode(), analyzed.body());
            assertTrue(analyzed.body().contains("\"token\":\"挂职锻炼\""), analyzed.body());
        }
    }
}
