package fanwen.store.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.Engine;
import fanwen.model.ClusterAddress;
import fanwen.model.DataFolder;
import fanwen.model.DeclaredMetadata;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.SourceFile;

/**
 * The fault test of issue 19: a cluster of two nodes in two processes, the library's indexes with one replica
 * ({@link ClusterAddress#withReplicas}), and one node killed while Fanwen uploads — no acknowledged document is lost,
 * reads go on answering on the one node left while the cluster is yellow (the replica has nowhere to go), and the node
 * started again on its own folder rejoins, the cluster green with the same documents. The client is given the killed
 * node's address first, so it must fail over.
 */
@Tag("fault")
class NodeLossFaultTest {

    /** Uploads acknowledged before the kill, and after it. */
    private static final int BEFORE = 12;
    private static final int AFTER = 12;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aNodeKilledDuringUploadsLosesNoAcknowledgedDocumentAndRejoins() throws Exception {
        Path home = Files.createDirectories(temp.resolve("opensearch"));
        try (Manager manager = Manager.start(home)) {
            List<String> second = List.of("--home", home.toString(), "--join", "127.0.0.1:" + manager.transport(),
                    "--name", "node-2");
            NodeProcess data = NodeProcess.start("fault-2", "384m", second.toArray(String[]::new));
            try {
                // the node to be killed comes first: the client must go on to the other
                ClusterAddress cluster = new ClusterAddress(List.of(data.url(), manager.url()),
                        "fault-" + ProcessHandle.current().pid()).withReplicas(1);
                try (Engine engine = Engine.open(new DataFolder(temp.resolve("data")), Optional.of(cluster),
                        ExtractionLimits.defaults(), 1)) {
                    awaitHealth(manager.url(), cluster, "green");
                    Uploads uploads = new Uploads(engine, Files.createDirectories(temp.resolve("in")));
                    Thread uploader = Thread.ofPlatform().name("uploads").start(uploads);
                    uploads.awaitAcknowledged(BEFORE);
                    data.kill();
                    int atKill = uploads.acknowledged.size();
                    uploads.awaitAcknowledged(atKill + AFTER);
                    uploads.stop(uploader);

                    // the replica has no node to go to: yellow, the primary answering
                    String alone = awaitHealth(manager.url(), cluster, "yellow");
                    assertTrue(alone.contains("\"status\":\"yellow\"") && alone.contains("\"number_of_nodes\":1")
                            && alone.contains("\"active_primary_shards\":1")
                            && alone.contains("\"unassigned_shards\":1"), alone);
                    System.out.printf("fault test: %d uploads acknowledged, %d before the kill, %d not acknowledged%n",
                            uploads.acknowledged.size(), atKill, uploads.failures.get());
                    assertEveryAcknowledgedDocumentIsRead(engine, uploads.acknowledged);
                    int documents = engine.health().documents();
                    assertTrue(documents >= uploads.acknowledged.size(), documents + " documents for "
                            + uploads.acknowledged.size() + " acknowledged");

                    data = NodeProcess.start("fault-2", "384m", second.toArray(String[]::new));
                    String green = awaitHealth(manager.url(), cluster, "green");
                    assertTrue(green.contains("\"status\":\"green\"") && green.contains("\"number_of_nodes\":2")
                            && green.contains("\"active_shards\":2"), green);
                    assertEquals(documents, engine.health().documents());
                    assertEveryAcknowledgedDocumentIsRead(engine, uploads.acknowledged);
                }
                try (OpenSearchStore throughTheRejoined = OpenSearchStore.open(new ClusterAddress(
                        List.of(data.url()), cluster.indexPrefix()))) {
                    assertTrue(throughTheRejoined.counts().documents() >= BEFORE + AFTER);
                }
            } finally {
                data.close();
            }
        }
    }

    /** Uploads one new file after another, each acknowledged when {@code ingest} returned it indexed (committed). */
    private static final class Uploads implements Runnable {
        private final Engine engine;
        private final Path folder;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();

        Uploads(Engine engine, Path folder) {
            this.engine = engine;
            this.folder = folder;
        }

        @Override
        public void run() {
            for (int i = 0; !stopped.get(); i++) {
                try {
                    Path file = Files.writeString(folder.resolve("report-" + i + ".txt"), report(i));
                    List<IngestResult> results = engine.ingest(List.of(SourceFile.upload(file, file.getFileName()
                            .toString(), DeclaredMetadata.NONE)), IngestListener.NONE);
                    if (results.getFirst().status() == IngestStatus.INDEXED) {
                        acknowledged.add(results.getFirst().id().orElseThrow());
                    } else {
                        failures.incrementAndGet(); // not acknowledged: the upload's caller would be told
                    }
                } catch (IOException | RuntimeException e) {
                    failures.incrementAndGet();
                }
            }
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (acknowledged.size() < count) {
                assertTrue(System.nanoTime() < deadline, "only " + acknowledged.size() + " of " + count
                        + " uploads acknowledged in 90 s (" + failures.get() + " failed)");
                Thread.sleep(50);
            }
        }

        void stop(Thread uploader) throws InterruptedException {
            stopped.set(true);
            uploader.join(TimeUnit.SECONDS.toMillis(60));
        }

        private static String report(int i) {
            return "第" + i + "期防汛工作情况报告\n\n一、基本情况\n第" + i + "轮巡查共发现险情" + (i * 7 % 13) + "处，已全部处置。\n\n"
                    + "二、下一步工作\n编号" + Integer.toHexString(i * 2654435761L > 0 ? i * 40503 : i) + "的堤段继续加强值守。\n";
        }
    }

    private static void assertEveryAcknowledgedDocumentIsRead(Engine engine, Set<String> acknowledged)
            throws IOException {
        for (String id : acknowledged) {
            assertTrue(engine.document(id).isPresent(), "acknowledged document " + id + " is lost");
        }
    }

    /**
     * The health of the library's documents index once it has {@code status} or better, as the cluster manager says
     * it.
     */
    private static String awaitHealth(URI manager, ClusterAddress cluster, String status)
            throws IOException, InterruptedException {
        URI health = manager.resolve("/_cluster/health/" + cluster.indexPrefix() + "-documents?wait_for_status="
                + status + "&timeout=90s");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.body().contains("\"timed_out\":false"), answer.body());
            return answer.body();
        }
    }

    /**
     * The first node, the cluster manager, on a transport port that the second node must be told: a free port is
     * chosen and let go before the node binds it, so another process may take it meanwhile — then another port.
     */
    private record Manager(NodeProcess node, int transport) implements AutoCloseable {

        static Manager start(Path home) throws IOException {
            for (int attempt = 1; ; attempt++) {
                int transport = unusedPort();
                try {
                    return new Manager(NodeProcess.start("fault-1", "384m", "--home", home.toString(),
                            "--transport-port", String.valueOf(transport)), transport);
                } catch (IllegalStateException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
        }

        URI url() {
            return node.url();
        }

        @Override
        public void close() {
            node.close();
        }

        private static int unusedPort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }
}
