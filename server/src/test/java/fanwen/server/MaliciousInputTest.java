package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * Random and malicious input ({@link MaliciousInputs}; 200 queries and 20 uploads here, 10,000 and 500 in
 * {@code bench/run.sh robustness}): never a 500, never a hang, the heap does not grow, and the server
 * still answers properly afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaliciousInputTest {

    /** Longest any single answer may take before it counts as a hang. */
    private static final long HANG_NANOS = 10_000_000_000L;
    /** Growth of the live heap over the run that still counts as stable. */
    private static final long HEAP_SLACK_BYTES = 64L * 1024 * 1024;

    private final RobustnessBudget budget = RobustnessBudget.current();
    private TestServer server;
    private Http http;

    @BeforeAll
    void uploadTheSeedEssays() throws Exception {
        server = new TestServer(ServerConfig.local(0).withLimits(ServerLimits.defaults().withRate(10_000_000, 100_000)));
        http = server.http;
        try (Stream<Path> files = Files.list(TestServer.seed())) {
            assertEquals(201, http.upload(files.filter(f -> f.toString().endsWith(".txt")).toList(), List.of())
                    .status());
        }
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void maliciousQueriesNeverGiveA500NorHangNorGrowTheHeap() {
        MaliciousInputs inputs = new MaliciousInputs(20261128);
        int warmUp = Math.max(20, budget.maliciousQueries() / 10);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Latencies latencies = new Latencies();
        long heapBefore = 0;
        for (int i = 0; i < warmUp + budget.maliciousQueries(); i++) {
            if (i == warmUp) {
                heapBefore = liveHeap();
            }
            String path = inputs.path();
            long started = System.nanoTime();
            Answer answer = http.get(path);
            long took = System.nanoTime() - started;
            latencies.add(took);
            statuses.merge(answer.status(), 1, Integer::sum);
            // 400: a bad page, size or year; 414 and 431: a request line over ServerLimits.MAX_HEADER_BYTES
            if (!Set.of(200, 400, 414, 431).contains(answer.status()) || took > HANG_NANOS) {
                failures.add(answer.status() + " after " + took / 1_000_000 + " ms: " + abbreviate(path));
            } else if (answer.status() != 200 && !isApiError(answer)) {
                failures.add(answer.status() + " not in the API's error shape: " + abbreviate(answer.body()));
            }
        }
        long heapAfter = liveHeap();
        System.out.printf("robustness (%s) malicious queries: %s; answers by status %s; %d failures; live heap %d MB → %d MB%n",
                budget.name(), latencies.summary(), statuses, failures.size(), heapBefore >> 20, heapAfter >> 20);
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.subList(0, Math.min(5, failures.size())));
        assertTrue(heapAfter < heapBefore + HEAP_SLACK_BYTES, "live heap grew " + heapBefore + " → " + heapAfter);
        JsonNode still = http.get("/api/v1/search?q=" + Http.encode("挂职锻炼")).json();
        assertTrue(still.get("total").asInt() > 0, "the server still finds what it holds: " + still);
    }

    @Test
    void randomBytesUploadedAreRefusedOrFailClearly() {
        MaliciousInputs inputs = new MaliciousInputs(7);
        int documentsBefore = http.get("/api/v1/health").json().get("documents").asInt();
        Map<String, Integer> readAsText = new TreeMap<>(); // file extension → uploads indexed
        int failed = 0;
        int refused = 0;
        for (int n = 0; n < budget.randomUploads(); n++) {
            NamedBytes file = inputs.randomFile(n);
            long started = System.nanoTime();
            Answer answer = http.uploadBytes(List.of(file), List.of());
            long took = System.nanoTime() - started;
            assertTrue(took < HANG_NANOS, file.name() + " took " + took / 1_000_000 + " ms");
            assertTrue(Set.of(200, 201, 400, 415).contains(answer.status()),
                    file.name() + " (" + file.bytes().length + " bytes) → " + answer.status() + " " + answer.body());
            if (answer.status() >= 400) {
                assertTrue(answer.json().get("error").get("message").asText().length() > 0, answer.body());
                refused++;
                continue;
            }
            JsonNode result = answer.json().get("results").get(0);
            switch (result.get("status").asText()) {
                case "failed" -> {
                    assertTrue(result.get("error").asText().length() > 0, result.toString());
                    failed++;
                }
                case "indexed", "duplicate" -> // bytes that happen to decode as text
                        readAsText.merge(file.name().replaceFirst("^[^.]*", ""), 1, Integer::sum);
                default -> throw new AssertionError(result.toString());
            }
        }
        int indexed = readAsText.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("robustness (%s) random-byte uploads: %d refused (4xx), %d failed with a reason, %d read as"
                + " text %s%n", budget.name(), refused, failed, indexed, readAsText);
        assertEquals(Map.of(), readAsText, "random bytes indexed as text");
        int documentsAfter = http.get("/api/v1/health").json().get("documents").asInt();
        assertEquals(documentsBefore, documentsAfter);
        assertTrue(http.get("/api/v1/search?q=" + Http.encode("挂职锻炼")).json().get("total").asInt() > 0);
    }

    private static boolean isApiError(Answer answer) {
        try {
            return answer.json().path("error").path("code").isTextual();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** The heap still in use after full collections. */
    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String abbreviate(String path) {
        return path.length() > 200 ? path.substring(0, 200) + "…(" + path.length() + " chars)" : path;
    }
}
