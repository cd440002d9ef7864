package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * Clients uploading and clients searching at the same time, for a while (5 s here, 60 s in
 * {@code bench/run.sh robustness}): no answer is an error, and every upload answered 201 is found afterwards.
 */
class ConcurrentLoadTest {

    private static final List<String> QUERIES = List.of("加强 管理", "挂职 锻炼", "工作总结", "安全 责任", "干部 培训",
            "\"挂职锻炼\"", "改革 发展", "基层 群众", "监督 检查", "组织 建设");

    private final RobustnessBudget budget = RobustnessBudget.current();

    @Test
    void uploadersAndSearchersTogetherGetNoErrorAndLoseNoDocument() throws Exception {
        try (TestServer server = new TestServer(ServerConfig.local(0)
                .withLimits(ServerLimits.defaults().withRate(10_000_000, 100_000)))) {
            Http http = server.http;
            try (Stream<Path> files = Files.list(TestServer.seed())) {
                assertEquals(201, http.upload(files.filter(f -> f.toString().endsWith(".txt")).toList(), List.of())
                        .status());
            }
            Map<String, String> acknowledged = new ConcurrentHashMap<>(); // marker → id
            List<String> errors = new ArrayList<>();
            Latencies uploads = new Latencies();
            Latencies searches = new Latencies();
            long until = System.nanoTime() + budget.loadDuration().toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(budget.uploaders() + budget.searchers());
            try {
                List<Future<?>> clients = new ArrayList<>();
                for (int u = 0; u < budget.uploaders(); u++) {
                    int client = u;
                    clients.add(pool.submit(() -> upload(http, client, until, acknowledged, uploads, errors)));
                }
                for (int s = 0; s < budget.searchers(); s++) {
                    clients.add(pool.submit(() -> search(http, until, searches, errors)));
                }
                for (Future<?> client : clients) {
                    client.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(errors.isEmpty(), errors.size() + " error answers, e.g. " + errors.subList(0, Math.min(5, errors.size())));
            int lost = 0;
            for (Map.Entry<String, String> upload : acknowledged.entrySet()) {
                if (!Markers.found(http, upload.getKey(), upload.getValue())) {
                    lost++;
                }
            }
            System.out.printf("robustness (%s) concurrent load, %d uploaders + %d searchers for %d s: uploads %s; searches %s;"
                            + " %d errors; %d of %d acknowledged uploads lost%n", budget.name(), budget.uploaders(),
                    budget.searchers(), budget.loadDuration().toSeconds(), uploads.summary(), searches.summary(),
                    errors.size(), lost, acknowledged.size());
            assertEquals(0, lost, "acknowledged uploads not found");
            assertTrue(acknowledged.size() >= budget.uploaders(), "every uploader got through: " + acknowledged.size());
            assertTrue(searches.count() >= budget.searchers(), "every searcher got through: " + searches.count());
        }
    }

    private static void upload(Http http, int client, long until, Map<String, String> acknowledged, Latencies latencies,
                               List<String> errors) {
        for (int n = 0; System.nanoTime() < until; n++) {
            String marker = Markers.marker(client, n);
            long started = System.nanoTime();
            Answer answer = http.uploadBytes(List.of(NamedBytes.text(marker + ".txt", Markers.document(marker))), List.of());
            latencies.add(System.nanoTime() - started);
            if (answer.status() != 201) {
                record(errors, "upload " + answer.status() + " " + answer.body());
                continue;
            }
            acknowledged.put(marker, answer.json().get("results").get(0).get("id").asText());
        }
    }

    private static void search(Http http, long until, Latencies latencies, List<String> errors) {
        while (System.nanoTime() < until) {
            String query = QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()));
            String route = ThreadLocalRandom.current().nextInt(4) == 0 ? "/api/v1/passages" : "/api/v1/search";
            long started = System.nanoTime();
            Answer answer = http.get(route + "?q=" + Http.encode(query));
            latencies.add(System.nanoTime() - started);
            if (answer.status() != 200) {
                record(errors, route + " " + answer.status() + " " + answer.body());
            }
        }
    }

    private static void record(List<String> errors, String error) {
        synchronized (errors) {
            errors.add(error);
        }
    }
}
