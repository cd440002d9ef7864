package fanwen.peers.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.opensearch.common.settings.Settings;

import fanwen.peers.BulkLoader;
import fanwen.peers.IngestReport;
import fanwen.peers.Json;
import fanwen.peers.PeerCorpus;
import fanwen.peers.PeerDocument;
import fanwen.peers.PeerOptions;
import fanwen.peers.Serving;

/**
 * OpenSearch with smartcn as a user runs it for the load benchmark: a single node in this process on
 * 127.0.0.1, the index {@code peer} (one shard, no replica, title and body through {@code smartcn}, see
 * {@code peer-index.json}) loaded over HTTP with {@code _bulk} while refresh is off, then refreshed and
 * flushed once; then it serves {@code POST /peer/_search} until stopped.
 */
public final class OpenSearchPeer {

    private static final String INDEX = "peer";

    private OpenSearchPeer() {
    }

    public static void main(String[] args) throws Exception {
        PeerOptions options = PeerOptions.parse(args);
        List<PeerDocument> docs = PeerCorpus.load(options.corpus(), options.laws());
        Path home = fresh(options.work().resolve("opensearch-home"));
        PeerNode node = new PeerNode(Settings.builder()
                .put("cluster.name", "fanwen-peer")
                .put("node.name", "peer")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", options.port())
                .put("transport.port", freePort())
                .put("discovery.type", "single-node")
                .put("discovery.initial_state_timeout", "0s")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build());
        node.start();
        try {
            Rest rest = new Rest("http://127.0.0.1:" + options.port());
            rest.send("GET", "/_cluster/health?wait_for_status=green&timeout=60s", null);
            rest.send("PUT", "/" + INDEX, resource("/peer-index.json"));
            long started = System.nanoTime();
            BulkLoader.load(docs, options.batch(), options.clients(),
                    batch -> rest.bulk(bulkBody(batch)),
                    () -> {
                        rest.send("POST", "/" + INDEX + "/_refresh", null);
                        rest.send("POST", "/" + INDEX + "/_flush", null);
                    });
            double seconds = (System.nanoTime() - started) / 1e9;
            rest.send("PUT", "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":null}}");
            System.out.println(IngestReport.of("opensearch", docs, seconds, shardIndex(home.resolve("data"))).line());
        } catch (Exception e) {
            node.close();
            throw e;
        }
        Serving.untilStopped(options.port(), node);
    }

    /** The Lucene index folder of the index's one shard: {@code nodes/0/indices/UUID/0/index}. */
    private static Path shardIndex(Path data) throws IOException {
        try (Stream<Path> walk = Files.walk(data.resolve("nodes/0/indices"), 3)) {
            return walk.filter(p -> p.getFileName().toString().equals("index") && Files.isDirectory(p)).findFirst()
                    .orElseThrow(() -> new IOException("no shard index folder under " + data));
        }
    }

    private static String bulkBody(List<PeerDocument> batch) {
        StringBuilder body = new StringBuilder();
        for (PeerDocument d : batch) {
            body.append("{\"index\":{\"_index\":\"").append(INDEX).append("\",\"_id\":").append(Json.quote(d.id()))
                    .append("}}\n{\"title\":").append(Json.quote(d.title())).append(",\"body\":")
                    .append(Json.quote(d.body())).append("}\n");
        }
        return body.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenSearchPeer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder.resolve("config"));
        return folder;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
