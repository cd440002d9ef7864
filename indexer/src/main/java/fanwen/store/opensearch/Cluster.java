package fanwen.store.opensearch;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The connection to one OpenSearch cluster through the official Java client over Apache HttpClient 5: its typed
 * API for the writes and searches, and plain JSON calls for what it has no types for here (index creation from
 * a mapping file, plugins, stats).
 */
final class Cluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchClient client;
    private final String address;

    private Cluster(OpenSearchClient client, String address) {
        this.client = client;
        this.address = address;
    }

    /** A client of the cluster reached at {@code hosts} (any of its nodes; requests go round them). */
    static Cluster connect(List<URI> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch address given");
        }
        HttpHost[] httpHosts = hosts.stream()
                .map(uri -> new HttpHost(uri.getScheme() == null ? "http" : uri.getScheme(), uri.getHost(),
                        uri.getPort() < 0 ? 9200 : uri.getPort()))
                .toArray(HttpHost[]::new);
        OpenSearchClient client = new OpenSearchClient(ApacheHttpClient5TransportBuilder.builder(httpHosts)
                .setMapper(new JacksonJsonpMapper(JSON)).build());
        return new Cluster(client, hosts.stream().map(URI::toString).collect(Collectors.joining(",")));
    }

    /** The typed client. */
    OpenSearchClient client() {
        return client;
    }

    /** The addresses it was reached at, for messages. */
    String address() {
        return address;
    }

    /** {@code GET path}; the answer's JSON. */
    JsonNode get(String path) throws IOException {
        return call("GET", path, null);
    }

    /** {@code method path} with a JSON body; the answer's JSON. Throws on an HTTP error, with the cluster's words. */
    JsonNode call(String method, String path, JsonNode body) throws IOException {
        Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(path);
        if (body != null) {
            request.json(JSON.writeValueAsString(body));
        }
        try (Response response = client.generic().execute(request.build())) {
            String text = response.getBody().map(Body::bodyAsString).orElse("{}");
            if (response.getStatus() >= 300) {
                throw new ClusterException(response.getStatus(), method + " " + path + " on " + address
                        + " answered " + response.getStatus() + ": " + text);
            }
            return JSON.readTree(text);
        }
    }

    /** Whether {@code index} exists. */
    boolean exists(String index) throws IOException {
        return client.indices().exists(e -> e.index(index)).value();
    }

    /** Turns a map into JSON, for request bodies. */
    static JsonNode json(Map<String, ?> value) {
        return JSON.valueToTree(value);
    }

    @Override
    public void close() throws IOException {
        client._transport().close();
    }

    /** An HTTP error answer of the cluster. */
    static final class ClusterException extends IOException {
        private final int status;

        ClusterException(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
