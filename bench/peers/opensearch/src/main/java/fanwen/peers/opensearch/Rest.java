package fanwen.peers.opensearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The node's REST API over HTTP, as any client sees it: a request either succeeds or throws with the answer. */
final class Rest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Rest(String base) {
        this.base = base;
    }

    /** Sends {@code method path} with a JSON {@code body} (or none); the answer's body. */
    String send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, "application/json");
    }

    /** A {@code _bulk} request; throws when any item failed. */
    void bulk(String ndjson) throws IOException, InterruptedException {
        String answer = send("POST", "/_bulk", ndjson, "application/x-ndjson");
        if (answer.contains("\"errors\":true")) {
            throw new IOException("bulk request had failures: " + answer.substring(0, Math.min(2000, answer.length())));
        }
    }

    private String send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
