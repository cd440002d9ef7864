package fanwen.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** OpenSearch's REST API over HTTP, as a client of the cluster sees it. */
final class Rest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    Rest(int port) {
        base = URI.create("http://127.0.0.1:" + port);
    }

    Map<String, Object> get(String path) {
        return send("GET", path, null, "application/json");
    }

    Map<String, Object> put(String path, Map<String, ?> body) {
        return send("PUT", path, Json.write(body), "application/json");
    }

    Map<String, Object> post(String path, Map<String, ?> body) {
        return send("POST", path, Json.write(body), "application/json");
    }

    /** A {@code _bulk} request: one JSON object per line. */
    Map<String, Object> bulk(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    private Map<String, Object> send(String method, String path, String body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
            }
            return Json.read(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
