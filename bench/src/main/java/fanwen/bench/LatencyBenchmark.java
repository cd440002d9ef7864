package fanwen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import fanwen.engine.Engine;
import fanwen.model.ClusterAddress;
import fanwen.model.Filters;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;

/**
 * Search latency with highlighting for 2–4 word queries over the full corpus (the bundled reports and
 * essays plus the laws of {@code ../shared/corpus/laws.tar.gz}), one client, in process: the time of
 * {@code Searcher.searchDocuments} (first page of 10 with snippets) and of {@code searchPassages}.
 * Queries combine common 公文 words at random (fixed seed). Prints median, p90, p99 and max. Given an OpenSearch
 * cluster, the same for the engine with its index there (prefix {@code bench-latency}), beside the embedded figures,
 * and the ratio of the medians: the two engines answer each query in turn, so that a machine shared with other work
 * slows both alike.
 *
 * <p>Usage: {@code bench/run.sh latency [--laws PATH] [--queries N] [--opensearch URL[,URL…]]}. The index is built
 * once under {@code bench/target/latency/} (on the cluster: the originals there, in {@code opensearch-data}) and
 * reused when it holds the full corpus (at least 3,000 documents).
 */
public final class LatencyBenchmark {

    private static final List<String> WORDS = List.of("加强", "管理", "建设", "发展", "改革", "制度", "监督", "安全",
            "服务", "教育", "农村", "经济", "环境", "人民", "组织", "干部", "培训", "责任", "资金", "项目", "企业",
            "挂职", "锻炼", "基层", "创新", "保障", "就业", "科技", "文化", "生态", "法治", "群众", "党建", "乡村",
            "振兴", "人才", "医疗", "住房", "交通", "税收");
    private static final int WARM_UP = 100;

    public static void main(String[] args) throws Exception {
        Path laws = Corpora.DEFAULT_LAWS;
        int queries = 400;
        Optional<ClusterAddress> cluster = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--laws" -> laws = Path.of(args[++i]);
                case "--queries" -> queries = Math.max(1, Integer.parseInt(args[++i]));
                case "--opensearch" -> cluster = Optional.of(ClusterAddress.of(List.of(args[++i].split(",")),
                        "bench-latency"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Corpora.requireLaws(laws);
        Path work = Path.of("bench/target/latency");
        Path unpacked = Corpora.unpackLaws(laws, work.resolve("laws"));
        List<Path> sources = List.of(Path.of("corpus"), unpacked);
        List<String> list = queryList(queries + WARM_UP, new Random(42));
        // the cluster first: a node that does not answer ends the run before the embedded index is built
        try (Engine onCluster = cluster.isEmpty() ? null : ready("index on " + cluster.get().hosts(),
                work.resolve("opensearch-data"), cluster, sources);
             Engine embedded = ready("embedded index", work.resolve("data"), Optional.empty(), sources)) {
            List<Engine> engines = onCluster == null ? List.of(embedded) : List.of(embedded, onCluster);
            long[][] documents = measure(list, engines, (engine, q) -> engine.searchDocuments(request(q)));
            long[][] passages = measure(list, engines, (engine, q) -> engine.searchPassages(request(q)));
            System.out.printf("java %s; %d cores%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.println("| search (1 client, first page of 10, snippets) | queries | median | p90 | p99 | max |");
            System.out.println("|---|---|---|---|---|---|");
            report("documents", documents[0]);
            if (onCluster != null) {
                report("documents, OpenSearch", documents[1]);
            }
            report("passages", passages[0]);
            if (onCluster != null) {
                report("passages, OpenSearch", passages[1]);
                System.out.printf("%nmedian on OpenSearch / embedded: documents %.2f×, passages %.2f×%n",
                        at(documents[1], 0.5) / at(documents[0], 0.5), at(passages[1], 0.5) / at(passages[0], 0.5));
            }
        }
    }

    /** Opens the library of {@code data} (on {@code cluster} if any) and ingests the corpus if missing. */
    private static Engine ready(String what, Path data, Optional<ClusterAddress> cluster, List<Path> sources)
            throws IOException {
        Engine engine = BenchEngines.open(data, cluster);
        try {
            if (engine.health().documents() < 3_000) {
                long started = System.nanoTime();
                List<IngestResult> results = engine.ingest(engine.collect(sources).files(), IngestListener.NONE);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("%s: indexed in %.0f s (%,.0f chars/s)%n", what, seconds,
                        results.stream().mapToLong(IngestResult::chars).sum() / seconds);
            }
            System.out.printf("%s: %d documents, %d passages%n", what, engine.health().documents(),
                    engine.health().passages());
            return engine;
        } catch (IOException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    private static SearchQuery request(String query) {
        return new SearchQuery(query, Filters.NONE, SortOrder.RELEVANCE, 1, 10);
    }

    /** {@code n} queries of 2–4 distinct common words. */
    static List<String> queryList(int n, Random random) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int words = 2 + random.nextInt(3);
            List<String> picked = new ArrayList<>(WORDS);
            java.util.Collections.shuffle(picked, random);
            out.add(String.join(" ", picked.subList(0, words)));
        }
        return out;
    }

    @FunctionalInterface
    private interface Search {
        void run(Engine engine, String query) throws IOException;
    }

    /**
     * Nanoseconds per query of each engine, sorted, after the warm-up queries. The engines take turns query by query,
     * so that other work on the machine slows each alike and the ratio of their medians holds.
     */
    private static long[][] measure(List<String> queries, List<Engine> engines, Search search) throws IOException {
        long[][] times = new long[engines.size()][queries.size() - WARM_UP];
        for (int i = 0; i < queries.size(); i++) {
            for (int e = 0; e < engines.size(); e++) {
                long started = System.nanoTime();
                search.run(engines.get(e), queries.get(i));
                if (i >= WARM_UP) {
                    times[e][i - WARM_UP] = System.nanoTime() - started;
                }
            }
        }
        for (long[] sorted : times) {
            Arrays.sort(sorted);
        }
        return times;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", what, sorted.length,
                at(sorted, 0.5), at(sorted, 0.9), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }
}
