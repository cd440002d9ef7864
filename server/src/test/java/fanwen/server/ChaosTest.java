package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import fanwen.engine.Engine;
import fanwen.extract.TestFormats;
import fanwen.model.BackupSummary;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.SearchQuery;
import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;

/**
 * Sixteen clients at once for a while (10 s here, 60 s in {@code bench/run.sh robustness}) mixing searches,
 * passages, documents and similar items, {@code /analyze} of 50,000 characters, duplicate checks of 100,000-
 * character drafts, uploads of hostile files and of good ones, metadata edits and deletes — while {@code /health}
 * is asked every 50 ms and, halfway, a backup is taken. The server must stay responsive ({@code /health} p99
 * under a second), answer only the documented statuses (2xx, 4xx, 503), hold no request past its time limit,
 * and afterwards find every upload it acknowledged and did not delete; the backup restores into a new data
 * folder with every document acknowledged before it began, and their edits.
 */
class ChaosTest {

    /** Every status the API documents; anything else (a 500, a 502…) is a failure. */
    private static final Set<Integer> DOCUMENTED = Set.of(200, 201, 400, 401, 404, 413, 414, 415, 422, 429, 431, 503);
    private static final Duration HEAVY_LIMIT = Duration.ofSeconds(20);
    /** Each file's parse: a parser that never returns is killed after this. */
    private static final Duration PARSE_LIMIT = Duration.ofSeconds(5);
    /** Client-side allowance over a request's server-side limit: connection, queueing in Jetty, writing. */
    private static final Duration SLACK = Duration.ofSeconds(10);
    private static final Path FORMATS = Path.of("../indexer/src/test/resources/formats");

    private enum Role { SEARCH, PASSAGES, ANALYZE, CHECK, HOSTILE_UPLOAD, UPLOAD_AND_DELETE, SIMILAR, BROWSE }

    private final RobustnessBudget budget = RobustnessBudget.current();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>(); // marker → id
    private final Map<String, String> edited = new ConcurrentHashMap<>(); // id → tag
    private final Map<String, Long> owners = new ConcurrentHashMap<>(); // id → the client thread that uploaded it
    /** While a backup is taken no document is deleted: one deleted meanwhile may rightly be missing from it. */
    private final AtomicBoolean backingUp = new AtomicBoolean();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final Map<Role, Latencies> latencies = new ConcurrentHashMap<>();
    private final Latencies health = new Latencies();

    @Test
    void underEveryKindOfLoadTheServerStaysResponsiveAndLosesNothing() throws Exception {
        ServerLimits defaults = ServerLimits.defaults();
        ServerLimits limits = defaults.withRate(10_000_000, 100_000)
                .withTime(new ServerLimits.TimeLimits(Duration.ofSeconds(10), HEAVY_LIMIT, Duration.ofSeconds(60)))
                .withExtraction(defaults.extraction().withMaxTimePerFile(PARSE_LIMIT)
                        .withMaxParserHeapBytes(128L << 20));
        try (TestServer server = new TestServer(ServerConfig.local(0).withLimits(limits))) {
            Http http = server.http;
            String reports = library(http);
            List<NamedBytes> hostile = hostileFiles();
            AtomicBoolean running = new AtomicBoolean(true);
            long until = System.nanoTime() + budget.chaosDuration().toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(budget.chaosClients() + 1);
            List<Future<?>> clients = new ArrayList<>();
            clients.add(pool.submit(() -> pollHealth(http, running)));
            Future<Backup> backup = pool.submit(() -> backupHalfway(server, until));
            Role[] roles = Role.values();
            for (int c = 0; c < budget.chaosClients(); c++) {
                Role role = roles[c % roles.length];
                Random random = new Random(c);
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        act(http, role, random, reports, hostile);
                    }
                }));
            }
            for (Future<?> client : clients.subList(1, clients.size())) {
                client.get();
            }
            Backup taken = backup.get();
            running.set(false);
            clients.get(0).get();
            pool.shutdown();

            System.out.printf("robustness (%s): chaos, %d clients for %d s: health %s%n", budget.name(),
                    budget.chaosClients(), budget.chaosDuration().toSeconds(), health.summary());
            latencies.forEach((role, l) -> System.out.printf("robustness (%s): chaos %s: %s%n", budget.name(),
                    role.name().toLowerCase(), l.summary()));
            assertEquals(List.of(), unexpected, "answers outside the documented statuses, or requests held too long");
            assertTrue(health.percentile(99) < 1000, "/health p99 under a second: " + health.summary());
            assertEquals(0, overdue(http), "requests past their time limit (logged with their stack)");
            assertEquals(200, http.get("/api/v1/health").status(), "the server is still up");
            for (Map.Entry<String, String> upload : acknowledged.entrySet()) {
                JsonNode found = http.get("/api/v1/search?q=" + upload.getKey()).json();
                assertEquals(1, found.path("total").asInt(), "acknowledged upload " + upload + " is searchable");
            }
            assertTrue(!acknowledged.isEmpty(), "uploads got through");
            assertRestores(taken);
        }
    }

    /** A backup taken during the chaos: where, and the uploads and edits acknowledged before it began. */
    private record Backup(Path folder, Map<String, String> acknowledged, Map<String, String> edited) {
    }

    private Backup backupHalfway(TestServer server, long until) throws Exception {
        Thread.sleep(Math.max(0, (until - System.nanoTime()) / 2_000_000));
        backingUp.set(true);
        try {
            Backup backup = new Backup(Files.createTempDirectory("fanwen-chaos-backup").resolve("copy"),
                    Map.copyOf(acknowledged), Map.copyOf(edited));
            BackupSummary summary = Engine.backup(new DataFolder(server.data), backup.folder());
            System.out.printf("robustness (%s): chaos backup of %d documents (%d edits) taken while serving%n",
                    budget.name(), summary.documents(), summary.edits());
            return backup;
        } finally {
            backingUp.set(false);
        }
    }

    private static void assertRestores(Backup backup) throws IOException {
        Path restored = backup.folder().resolveSibling("restored");
        try {
            Engine.restore(backup.folder(), new DataFolder(restored));
            try (Engine engine = Engine.open(new DataFolder(restored), ExtractionLimits.defaults(), 1)) {
                for (Map.Entry<String, String> upload : backup.acknowledged().entrySet()) {
                    assertEquals(1, engine.searchDocuments(SearchQuery.of(upload.getKey())).total(),
                            "upload acknowledged before the backup: " + upload);
                }
                for (Map.Entry<String, String> edit : backup.edited().entrySet()) {
                    assertEquals(List.of(edit.getValue()), engine.document(edit.getKey()).orElseThrow().tags(),
                            "edit made before the backup: " + edit);
                }
            }
        } finally {
            TestServer.deleteTree(backup.folder().getParent());
        }
    }

    /** Indexes the seed essays and a few reports; returns the reports' text, for drafts. */
    private static String library(Http http) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seed = Files.list(TestServer.seed())) {
            files.addAll(seed.filter(f -> f.toString().endsWith(".txt")).toList());
        }
        StringBuilder text = new StringBuilder();
        try (Stream<Path> reports = Files.list(TestServer.seed().resolveSibling("reports/national"))) {
            for (Path report : reports.sorted().limit(8).toList()) {
                files.add(report);
                text.append(Files.readString(report));
            }
        }
        assertEquals(201, http.upload(files, List.of()).status());
        return text.toString();
    }

    private void act(Http http, Role role, Random random, String reports, List<NamedBytes> hostile) {
        long started = System.nanoTime();
        Answer answer = switch (role) {
            case SEARCH -> http.get("/api/v1/search?q=" + Http.encode(query(random)) + "&size=" + (1 + random.nextInt(50)));
            case PASSAGES -> http.get("/api/v1/passages?q=" + Http.encode(query(random)) + "&sort="
                    + (random.nextBoolean() ? "date" : "relevance"));
            case ANALYZE -> http.postJson("/api/v1/analyze", json(draft(random, reports, 50_000)));
            case CHECK -> http.postJson("/api/v1/check", json(draft(random, reports, 100_000)));
            case HOSTILE_UPLOAD -> http.uploadBytes(List.of(hostile.get(random.nextInt(hostile.size()))), List.of());
            case UPLOAD_AND_DELETE -> uploadOrDelete(http, random, reports);
            case SIMILAR, BROWSE -> browse(http, random, role == Role.SIMILAR);
        };
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        latencies.computeIfAbsent(role, r -> new Latencies()).add(took.toNanos());
        if (!DOCUMENTED.contains(answer.status())) {
            unexpected.add(role + " answered " + answer.status() + ": " + answer.body());
        }
        if (took.compareTo(limitOf(role).plus(SLACK)) > 0) {
            unexpected.add(role + " took " + took.toMillis() + " ms, over its limit of " + limitOf(role));
        }
    }

    private static Duration limitOf(Role role) {
        return switch (role) {
            case ANALYZE, CHECK, SIMILAR -> HEAVY_LIMIT;
            case HOSTILE_UPLOAD, UPLOAD_AND_DELETE -> Duration.ofSeconds(60).plus(PARSE_LIMIT);
            default -> Duration.ofSeconds(10);
        };
    }

    /** Uploads a file with a marker, or edits or deletes one this client uploaded (so no two clients race on one). */
    private Answer uploadOrDelete(Http http, Random random, String reports) {
        long me = Thread.currentThread().threadId();
        List<String> mine = acknowledged.entrySet().stream().filter(e -> owners.get(e.getValue()) == me)
                .map(Map.Entry::getKey).toList();
        if (mine.size() > 3 && random.nextInt(3) == 0 && !backingUp.get()) {
            String id = acknowledged.remove(mine.get(0));
            edited.remove(id);
            return http.delete("/api/v1/documents/" + id);
        }
        if (!mine.isEmpty() && random.nextInt(4) == 0) {
            String id = acknowledged.get(mine.get(random.nextInt(mine.size())));
            String tag = "编辑" + random.nextInt(1000);
            Answer answer = http.patchJson("/api/v1/documents/" + id, "{\"tags\":[\"" + tag + "\"]}");
            if (answer.status() == 200) {
                edited.put(id, tag);
            }
            return answer;
        }
        String marker = "ZQ" + (10_000_000 + random.nextInt(89_999_999));
        String text = "关于" + marker + "的工作汇报\n" + draft(random, reports, 2_000);
        Answer answer = http.uploadBytes(List.of(NamedBytes.text(marker + ".txt", text)), List.of());
        if (answer.status() == 201) {
            JsonNode result = answer.json().path("results").path(0);
            if (result.path("status").asText().equals("indexed")) {
                owners.put(result.path("id").asText(), me);
                acknowledged.put(marker, result.path("id").asText());
            }
        }
        return answer;
    }

    private static Answer browse(Http http, Random random, boolean similar) {
        Answer found = http.get("/api/v1/search?q=" + Http.encode(query(random)));
        JsonNode hits = found.status() == 200 ? found.json().path("hits") : null;
        if (hits == null || hits.isEmpty()) {
            return found;
        }
        String id = hits.get(random.nextInt(hits.size())).path("id").asText();
        return similar ? http.get("/api/v1/documents/" + id + "/similar?size=10")
                : http.get("/api/v1/documents/" + id + (random.nextBoolean() ? "" : "/original"));
    }

    private void pollHealth(Http http, AtomicBoolean running) {
        while (running.get()) {
            long started = System.nanoTime();
            Answer answer = http.get("/api/v1/health");
            health.add(System.nanoTime() - started);
            if (answer.status() != 200) {
                unexpected.add("/health answered " + answer.status());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long overdue(Http http) {
        for (String line : http.get("/metrics").body().split("\n")) {
            if (line.startsWith("fanwen_http_requests_overdue ")) {
                return Math.round(Double.parseDouble(line.substring(line.indexOf(' ') + 1)));
            }
        }
        throw new AssertionError("no overdue gauge in /metrics");
    }

    private static String query(Random random) {
        List<String> queries = List.of("加强 管理", "挂职锻炼", "工作总结", "\"经济建设\"", "改革 发展 -农业",
                "type:讲话 干部", "year:1950..1990 工业", "((((", "人民 政府 工作 报告 经济 社会", "乡村振兴");
        return queries.get(random.nextInt(queries.size()));
    }

    private static String draft(Random random, String text, int chars) {
        int start = random.nextInt(Math.max(1, text.length() - chars));
        return text.substring(start, Math.min(text.length(), start + chars));
    }

    private static String json(String text) {
        try {
            return Http.JSON.writeValueAsString(Map.of("text", text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Corrupt, encrypted, random, bomb and unsupported files, and two of the test-only types whose parser never
     * returns and whose parser exhausts its heap (see {@code TestFormats} of the indexer's tests).
     */
    private static List<NamedBytes> hostileFiles() throws IOException {
        List<NamedBytes> files = new ArrayList<>();
        for (String name : List.of("random-bytes.docx", "truncated.pdf", "encrypted.pdf", "encrypted.docx",
                "random-stuff.zip", "unknown.xyz", "empty.txt")) {
            files.add(new NamedBytes(name, Files.readAllBytes(FORMATS.resolve(name))));
        }
        byte[] random = new byte[20_000];
        new Random(7).nextBytes(random);
        files.add(new NamedBytes("random.pdf", random));
        files.add(new NamedBytes("bomb.docx", zipBomb()));
        files.add(NamedBytes.text("hang.pdf", TestFormats.HANG_MAGIC + "\n"));
        files.add(NamedBytes.text("oom.docx", TestFormats.OOM_MAGIC + "\n"));
        return files;
    }

    /** A .docx whose document.xml unpacks to 200 MB of one letter. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] letters = new byte[1 << 20];
            Arrays.fill(letters, (byte) 'A');
            for (int i = 0; i < 200; i++) {
                zip.write(letters);
            }
        }
        return bytes.toByteArray();
    }
}
