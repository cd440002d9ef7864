package fanwen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.index.AnalyzedDocument;
import fanwen.structure.DocumentStructurer;
import fanwen.structure.Passage;
import fanwen.structure.StructuredDocument;

/**
 * How to lay out documents and passages on an OpenSearch cluster (issue 19): passages nested in their document (one
 * OpenSearch document, one Lucene block) or passages as documents of their own routed by the document's id. Over the
 * bundled corpus on a running node with the analysis-hanlp plugin, for each layout: the time to bulk-index it, its
 * size once merged to one segment, and — while one server replaces the largest document over and over, alternating
 * two versions with different passage counts, and another server commits (refreshes) all the time — how often a
 * reader counts a number of passages that neither version has: half a document seen.
 *
 * <p>Usage: start {@code scripts/opensearch-node --port 0}, then {@code bench/run.sh opensearch-layout URL}.
 */
public final class OpenSearchLayoutBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPLACEMENTS = 300;
    private static final String NESTED = "layout-nested";
    private static final String FLAT = "layout-flat";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI cluster;

    private OpenSearchLayoutBenchmark(URI cluster) {
        this.cluster = cluster;
    }

    record Doc(String id, String title, String text, List<Passage> passages) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: bench/run.sh opensearch-layout URL "
                    + "(a node with analysis-hanlp: scripts/opensearch-node)");
            System.exit(2);
        }
        new OpenSearchLayoutBenchmark(URI.create(args[0])).run(corpus(Path.of("corpus")));
    }

    private static List<Doc> corpus(Path root) throws IOException {
        DocumentStructurer structurer = new DocumentStructurer();
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") && !f.startsWith(root.resolve("dict")))
                    .sorted().toList()) {
                String text = Files.readString(file);
                StructuredDocument structure = structurer.structure(text, file.getFileName().toString(),
                        Optional.empty(), AnalyzedDocument.of(text).wordCounts());
                docs.add(new Doc("d" + docs.size(), structure.title(), text, structure.passages()));
            }
        }
        return docs;
    }

    private void run(List<Doc> docs) throws Exception {
        int passages = docs.stream().mapToInt(d -> d.passages().size()).sum();
        System.out.printf("corpus: %d documents, %d passages, %d chars%n", docs.size(), passages,
                docs.stream().mapToLong(d -> d.text().length()).sum());
        System.out.println("| layout | bulk index (s, best of 3) | size, 1 segment (MB) | reads of half a document |");
        System.out.println("|---|---|---|---|");
        for (String layout : List.of(NESTED, FLAT)) {
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                create(layout);
                long started = System.nanoTime();
                for (int from = 0; from < docs.size(); from += 10) {
                    bulk(layout, docs.subList(from, Math.min(docs.size(), from + 10)));
                }
                call("POST", "/" + layout + "/_refresh", null);
                best = Math.min(best, (System.nanoTime() - started) / 1e9);
            }
            call("POST", "/" + layout + "/_forcemerge?max_num_segments=1", null);
            double megabytes = call("GET", "/" + layout + "/_stats/store", null).path("_all").path("primaries")
                    .path("store").path("size_in_bytes").asLong() / 1e6;
            System.out.printf("| %s | %.1f | %.1f | %s |%n", layout, best, megabytes, tornReads(layout, docs));
            call("DELETE", "/" + layout, null);
        }
    }

    /** Replaces the largest document with two versions in turn while others refresh and read; the torn reads. */
    private String tornReads(String layout, List<Doc> docs) throws Exception {
        Doc whole = docs.stream().max((a, b) -> a.passages().size() - b.passages().size()).orElseThrow();
        Doc half = new Doc(whole.id(), whole.title(), whole.text(),
                whole.passages().subList(0, whole.passages().size() / 2));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger torn = new AtomicInteger();
        Thread committer = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                quietly(() -> call("POST", "/" + layout + "/_refresh", null));
            }
        });
        Thread reader = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                quietly(() -> {
                    int seen = passagesOf(layout, whole.id());
                    reads.incrementAndGet();
                    if (seen != whole.passages().size() && seen != half.passages().size()) {
                        torn.incrementAndGet();
                    }
                });
            }
        });
        for (int i = 0; i < REPLACEMENTS; i++) {
            Doc version = i % 2 == 0 ? half : whole;
            if (layout.equals(FLAT)) { // the passages the version lacks are deleted in the same bulk
                StringBuilder body = new StringBuilder(bulkLines(layout, version));
                for (int p = version.passages().size(); p < whole.passages().size(); p++) {
                    body.append(JSON.writeValueAsString(JSON.createObjectNode().set("delete", JSON.createObjectNode()
                            .put("_id", version.id() + "-" + p).put("routing", version.id())))).append('\n');
                }
                call("POST", "/" + layout + "/_bulk", body.toString(), "application/x-ndjson");
            } else {
                bulk(layout, List.of(version));
            }
        }
        writing.set(false);
        committer.join();
        reader.join();
        return torn.get() + " of " + reads.get();
    }

    private int passagesOf(String layout, String id) throws IOException, InterruptedException {
        if (layout.equals(FLAT)) {
            String passagesOfDoc = "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"doc_id\":\"" + id + "\"}},"
                    + "{\"term\":{\"kind\":\"passage\"}}]}}}";
            return call("POST", "/" + layout + "/_count?routing=" + id, JSON.readTree(passagesOfDoc)).path("count")
                    .asInt();
        }
        return call("POST", "/" + layout + "/_search", JSON.readTree("{\"size\":0,\"query\":{\"ids\":{\"values\":[\""
                + id + "\"]}},\"aggs\":{\"p\":{\"nested\":{\"path\":\"passages\"}}}}"))
                .path("aggregations").path("p").path("doc_count").asInt();
    }

    private void create(String layout) throws IOException, InterruptedException {
        send("DELETE", "/" + layout, null, null);
        ObjectNode text = JSON.createObjectNode().put("type", "text").put("analyzer", "fanwen_index")
                .put("search_analyzer", "fanwen_query").put("index_options", "offsets");
        text.putObject("fields").putObject("bigram").put("type", "text").put("analyzer", "fanwen_bigram")
                .put("index_options", "offsets");
        ObjectNode keyword = JSON.createObjectNode().put("type", "keyword");
        ObjectNode passage = JSON.createObjectNode();
        passage.set("id", keyword);
        passage.set("heading", JSON.createObjectNode().put("type", "text").put("analyzer", "fanwen_index"));
        passage.set("body", text);
        ObjectNode properties = JSON.createObjectNode();
        properties.set("id", keyword);
        properties.set("title", text);
        properties.set("body", text);
        if (layout.equals(NESTED)) {
            properties.putObject("passages").put("type", "nested").set("properties", passage);
        } else {
            properties.set("kind", keyword);
            properties.set("doc_id", keyword);
            properties.setAll(passage);
        }
        ObjectNode index = JSON.createObjectNode();
        index.putObject("settings").putObject("index").put("number_of_shards", 1).put("number_of_replicas", 0)
                .put("refresh_interval", "-1");
        index.putObject("mappings").put("dynamic", "strict").set("properties", properties);
        call("PUT", "/" + layout, index);
    }

    private void bulk(String layout, List<Doc> docs) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Doc doc : docs) {
            body.append(bulkLines(layout, doc));
        }
        JsonNode answer = call("POST", "/" + layout + "/_bulk", body.toString(), "application/x-ndjson");
        if (answer.path("errors").asBoolean()) {
            throw new IOException("bulk failed: " + answer.toString().substring(0, 500));
        }
    }

    private static String bulkLines(String layout, Doc doc) throws IOException {
        ObjectNode source = JSON.createObjectNode().put("id", doc.id()).put("title", doc.title())
                .put("body", doc.text());
        boolean nested = layout.equals(NESTED);
        ArrayNode nestedPassages = nested ? source.putArray("passages") : null;
        if (!nested) {
            source.put("kind", "document").put("doc_id", doc.id());
        }
        StringBuilder passageLines = new StringBuilder();
        for (Passage p : doc.passages()) {
            String id = doc.id() + "-" + p.ordinal();
            ObjectNode passage = JSON.createObjectNode().put("id", id)
                    .put("body", doc.text().substring(p.start(), p.end()));
            if (!p.headingPath().isEmpty()) {
                passage.put("heading", p.headingPath().getLast());
            }
            if (nested) {
                nestedPassages.add(passage);
            } else {
                passage.put("kind", "passage").put("doc_id", doc.id());
                passageLines.append(action(id, doc.id())).append(JSON.writeValueAsString(passage)).append('\n');
            }
        }
        return action(doc.id(), doc.id()) + JSON.writeValueAsString(source) + "\n" + passageLines;
    }

    private static String action(String id, String routing) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().set("index",
                JSON.createObjectNode().put("_id", id).put("routing", routing))) + "\n";
    }

    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        return call(method, path, body == null ? null : JSON.writeValueAsString(body), "application/json");
    }

    private JsonNode call(String method, String path, String body, String type)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send(method, path, body, type);
        if (answer.statusCode() >= 300) {
            throw new IOException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> send(String method, String path, String body, String type)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(cluster.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void quietly(Work work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
