package fanwen.store.opensearch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.model.ClusterAccess;

/**
 * The connection to one OpenSearch cluster through the official Java client over Apache HttpClient 5: its typed
 * API for the writes and searches, and plain JSON calls for what it has no types for here (index creation from
 * a mapping file, plugins, stats).
 */
final class Cluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchClient client;
    private final String address;

    private Cluster(OpenSearchClient client, String address) {
        this.client = client;
        this.address = address;
    }

    /**
     * A client of the cluster reached at {@code hosts} (any of its nodes: requests go round them, and a request a
     * node does not answer goes to the next), with the credentials and certificates of {@code access}.
     */
    static Cluster connect(List<URI> hosts, ClusterAccess access) throws IOException {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch address given");
        }
        HttpHost[] httpHosts = hosts.stream()
                .map(uri -> new HttpHost(uri.getScheme() == null ? "http" : uri.getScheme(), uri.getHost(),
                        uri.getPort() < 0 ? 9200 : uri.getPort()))
                .toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder transport = ApacheHttpClient5TransportBuilder.builder(httpHosts)
                .setMapper(new JacksonJsonpMapper(JSON));
        if (access.user().isPresent()) {
            // sent with every request rather than after a 401: one round trip, and a cluster that answers
            // anonymous requests still sees who writes
            String basic = access.user().get() + ":" + access.password().orElseThrow();
            transport.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))});
        }
        Optional<TlsStrategy> tls = ClusterTls.strategy(access);
        if (tls.isPresent()) {
            if (access.trustAnyCertificate()) {
                LOG.warn("trusting any certificate of the OpenSearch cluster at {} (--opensearch-insecure): the "
                        + "connection is encrypted but anyone in between can read and change it", hosts);
            }
            transport.setHttpClientConfigCallback(http -> http.setConnectionManager(
                    PoolingAsyncClientConnectionManagerBuilder.create().setTlsStrategy(tls.get()).build()));
        }
        OpenSearchClient client = new OpenSearchClient(transport.build());
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
