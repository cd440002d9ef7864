package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;
import fanwen.store.opensearch.LocalOpenSearch;

/**
 * {@code fanwen serve} as a separate process, the way it runs in production: first start on an empty data
 * folder indexes the bundled corpus in the background (a three-file stand-in here) while the API answers;
 * an upload answered 201 survives {@code kill -9}, also in the middle of bulk uploads; a restart on an
 * existing index serves at once, and the index it left checks clean; the same with the library's index on an
 * OpenSearch cluster (a local node), served by two servers at once.
 */
class ServerProcessTest {

    private final List<Process> processes = new ArrayList<>();
    private Path home;

    @AfterEach
    void cleanUp() throws IOException {
        processes.forEach(Process::destroyForcibly);
        if (home != null) {
            TestServer.deleteTree(home);
        }
    }

    @Test
    void firstStartIndexesTheBundledCorpusAndAnAcknowledgedUploadSurvivesKill9() throws Exception {
        home = Files.createTempDirectory("fanwen-home");
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        List<Path> seed = Files.list(TestServer.seed()).filter(f -> f.toString().endsWith(".txt")).sorted()
                .limit(3).toList();
        for (Path file : seed) {
            Files.copy(file, corpus.resolve(file.getFileName()));
        }
        Files.writeString(corpus.resolve("manifest.jsonl"), "");
        Path data = home.resolve("data");

        int port = freePort();
        Process first = serve(data, port);
        Http http = new Http("http://127.0.0.1:" + port);
        Set<String> statuses = new HashSet<>();
        JsonNode health = awaitHealth(http, first);
        while (!health.get("status").asText().equals("ok")) {
            statuses.add(health.get("status").asText());
            Thread.sleep(100);
            health = http.get("/api/v1/health").json();
        }
        assertTrue(Set.of("indexing").containsAll(statuses), statuses.toString());
        assertEquals(3, health.get("documents").asInt());
        assertTrue(log().contains("serving " + data), "serve logs to the console, for its operator: " + log());
        assertFalse(Files.exists(data.resolve("logs")), "no log file of a command-line run");

        Answer upload = http.uploadBytes(List.of(NamedBytes.text("防汛工作方案.txt",
                "关于做好防汛抗旱工作的实施方案\n\n一、总体要求\n确保安全度汛，落实防汛责任制。\n")), List.of());
        assertEquals(201, upload.status(), upload.body());
        String id = upload.json().get("results").get(0).get("id").asText();
        first.destroyForcibly().waitFor(); // kill -9 right after the answer

        long restarted = System.nanoTime();
        Process second = serve(data, port);
        awaitHealth(http, second);
        long readyMillis = (System.nanoTime() - restarted) / 1_000_000;
        System.out.println("restart on an existing index answered health after " + readyMillis + " ms");
        JsonNode found = http.get("/api/v1/search?q=" + Http.encode("防汛责任制")).json();
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals(id, found.get("hits").get(0).get("id").asText());
        assertEquals(4, http.get("/api/v1/health").json().get("documents").asInt(), "no corpus re-indexing");
    }

    @Test
    void bulkUploadsAnswered201SurviveKill9AndTheIndexChecksClean() throws Exception {
        RobustnessBudget budget = RobustnessBudget.current();
        home = Files.createTempDirectory("fanwen-home");
        Files.createDirectories(home.resolve("corpus"));
        Files.writeString(home.resolve("corpus/manifest.jsonl"), ""); // an empty bundled corpus: nothing to index
        Path data = home.resolve("data");
        int port = freePort();
        Http http = new Http("http://127.0.0.1:" + port);
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // marker → id
        int uploadsInFlightAtKill = 0;
        for (int round = 0; round < budget.killRounds(); round++) {
            Process server = serve(data, port, "--rate-limit", "1000000");
            awaitHealth(http, server);
            AtomicInteger inFlight = new AtomicInteger();
            int answeredBefore = acknowledged.size();
            ExecutorService uploaders = Executors.newFixedThreadPool(budget.bulkUploaders());
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < budget.bulkUploaders(); u++) {
                int client = round * budget.bulkUploaders() + u;
                running.add(uploaders.submit(() -> uploadUntilRefused(http, client, acknowledged, inFlight)));
            }
            Thread.sleep(budget.killAfter().toMillis());
            // on a loaded machine the first bulk may take longer: kill once this round has had one answered
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() == answeredBefore && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            uploadsInFlightAtKill += inFlight.get();
            server.destroyForcibly().waitFor(); // kill -9 while uploads are in flight
            for (Future<?> uploader : running) {
                uploader.get(60, TimeUnit.SECONDS); // each stops at the kill; an answer other than 201 fails here
            }
            uploaders.shutdown();
        }

        Process restarted = serve(data, port, "--rate-limit", "1000000");
        awaitHealth(http, restarted);
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> upload : acknowledged.entrySet()) {
            boolean searchable = Markers.found(http, upload.getKey(), upload.getValue());
            int stored = http.get("/api/v1/documents/" + upload.getValue()).status();
            if (!searchable || stored != 200) {
                lost.add(upload.getKey() + " (" + upload.getValue() + ": searchable " + searchable + ", GET " + stored
                        + ")");
            }
        }
        int documents = http.get("/api/v1/health").json().get("documents").asInt();
        restarted.destroy(); // a clean stop, then Lucene's own check of everything the kills left
        assertTrue(restarted.waitFor(60, TimeUnit.SECONDS), "the server stopped");
        CheckIndex.Status check;
        try (Directory index = FSDirectory.open(data.resolve("index")); CheckIndex checker = new CheckIndex(index)) {
            checker.setInfoStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            check = checker.checkIndex();
        }
        System.out.printf("robustness (%s) kill -9 during bulk uploads: %d rounds of %d uploaders, %d documents in uploads"
                        + " answered 201 (%d requests in flight at the kills), %d lost; %d documents after restart;"
                        + " index clean: %s%n",
                budget.name(), budget.killRounds(), budget.bulkUploaders(), acknowledged.size(), uploadsInFlightAtKill,
                lost.size(), documents, check.clean);
        assertTrue(lost.isEmpty(), "acknowledged but lost: " + lost);
        assertTrue(acknowledged.size() >= budget.killRounds(), "uploads got through: " + acknowledged.size());
        assertTrue(documents >= acknowledged.size(), documents + " documents < " + acknowledged.size());
        assertTrue(check.clean, "CheckIndex found problems");
    }

    @Test
    void aLibraryOnAnOpenSearchClusterKeepsAnAcknowledgedUploadThroughKill9AndEveryServerOfItServesIt()
            throws Exception {
        home = Files.createTempDirectory("fanwen-home");
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        for (Path file : Files.list(TestServer.seed()).filter(f -> f.toString().endsWith(".txt")).sorted().limit(2)
                .toList()) {
            Files.copy(file, corpus.resolve(file.getFileName()));
        }
        Files.writeString(corpus.resolve("manifest.jsonl"), "");
        String[] cluster = {"--opensearch", LocalOpenSearch.url().toString(),
                "--opensearch-prefix", "serve-" + ProcessHandle.current().pid()};
        int port = freePort();
        Http http = new Http("http://127.0.0.1:" + port);
        Process first = serve(home.resolve("data"), port, cluster);
        JsonNode health = awaitHealth(http, first);
        while (!health.get("status").asText().equals("ok")) {
            Thread.sleep(100);
            health = http.get("/api/v1/health").json();
        }
        assertEquals(2, health.get("documents").asInt(), "the bundled corpus went to the cluster on the first start");
        assertTrue(log().contains("with its index on OpenSearch"), log());
        assertFalse(Files.exists(home.resolve("data/index")), "no embedded index beside the cluster's");

        Answer upload = http.uploadBytes(List.of(NamedBytes.text("防汛工作方案.txt",
                "关于做好防汛抗旱工作的实施方案\n\n一、总体要求\n确保安全度汛，落实防汛责任制。\n")), List.of());
        assertEquals(201, upload.status(), upload.body());
        String id = upload.json().get("results").get(0).get("id").asText();
        first.destroyForcibly().waitFor(); // kill -9 right after the answer

        Process again = serve(home.resolve("data"), port, cluster);
        awaitHealth(http, again);
        assertEquals(3, http.get("/api/v1/health").json().get("documents").asInt(), "no corpus re-indexing");
        int otherPort = freePort();
        Http other = new Http("http://127.0.0.1:" + otherPort);
        awaitHealth(other, serve(home.resolve("other-data"), otherPort, cluster));
        for (Http server : List.of(http, other)) {
            JsonNode document = server.get("/api/v1/documents/" + id).json();
            assertEquals("关于做好防汛抗旱工作的实施方案", document.get("title").asText(), document.toString());
        }
        assertEquals(200, other.delete("/api/v1/documents/" + id).status());
        assertEquals(404, http.get("/api/v1/documents/" + id).status(), "a delete through one server is seen by all");
    }

    /** Uploads bulks of five new documents until the server stops answering; records the ones answered 201. */
    private static void uploadUntilRefused(Http http, int client, Map<String, String> acknowledged,
                                           AtomicInteger inFlight) {
        for (int n = 0; ; n += 5) {
            List<NamedBytes> files = new ArrayList<>();
            for (int i = n; i < n + 5; i++) {
                String marker = Markers.marker(client, i);
                files.add(NamedBytes.text(marker + ".txt", Markers.document(marker)));
            }
            Answer answer;
            inFlight.incrementAndGet();
            try {
                answer = http.uploadBytes(files, List.of());
            } catch (UncheckedIOException killed) {
                return;
            } finally {
                inFlight.decrementAndGet();
            }
            assertEquals(201, answer.status(), answer.body());
            for (JsonNode result : answer.json().get("results")) {
                assertEquals("indexed", result.get("status").asText(), result.toString());
                acknowledged.put(result.get("source").asText().replace(".txt", ""), result.get("id").asText());
            }
        }
    }

    private Process serve(Path data, int port, String... options) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfanwen.home=" + home, "-cp", classpath,
                "fanwen.server.Main", "serve", "--data", data.toString(), "--port", Integer.toString(port)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("server-" + processes.size() + ".log").toFile())
                .directory(home.toFile())
                .start();
        processes.add(process);
        return process;
    }

    private JsonNode awaitHealth(Http http, Process process) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited: " + log());
            }
            try {
                Answer answer = http.get("/api/v1/health");
                if (answer.status() == 200) {
                    return answer.json();
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("server did not answer within 60 s: " + log());
    }

    private String log() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < processes.size(); i++) {
            all.append(Files.readString(home.resolve("server-" + i + ".log")));
        }
        return all.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
