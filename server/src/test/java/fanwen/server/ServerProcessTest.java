package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * {@code fanwen serve} as a separate process, the way it runs in production: first start on an empty data
 * folder indexes the bundled corpus in the background (a three-file stand-in here) while the API answers;
 * an upload answered 201 survives {@code kill -9}; a restart on an existing index serves at once.
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

    private Process serve(Path data, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-Xmx512m", "-Dfanwen.home=" + home, "-cp", classpath,
                "fanwen.server.Main", "serve", "--data", data.toString(), "--port", Integer.toString(port))
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
