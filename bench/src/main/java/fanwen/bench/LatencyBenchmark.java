package fanwen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.Filters;
import fanwen.model.IngestListener;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;

/**
 * Search latency with highlighting for 2–4 word queries over the full corpus (the bundled reports and
 * essays plus the laws of {@code ../shared/corpus/laws.tar.gz}), one client, in process: the time of
 * {@code Searcher.searchDocuments} (first page of 10 with snippets) and of {@code searchPassages}.
 * Queries combine common 公文 words at random (fixed seed). Prints median, p90, p99 and max.
 *
 * <p>Usage: {@code bench/run.sh latency [--laws PATH] [--queries N]}. The index is built once under
 * {@code bench/target/latency/} and reused when it holds the full corpus (at least 3,000 documents).
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--laws" -> laws = Path.of(args[++i]);
                case "--queries" -> queries = Math.max(1, Integer.parseInt(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Corpora.requireLaws(laws);
        Path work = Path.of("bench/target/latency");
        Path unpacked = Corpora.unpackLaws(laws, work.resolve("laws"));
        List<Path> sources = List.of(Path.of("corpus"), unpacked);
        try (Engine engine = Engine.open(new DataFolder(work.resolve("data")), ExtractionLimits.defaults(),
                Runtime.getRuntime().availableProcessors())) {
            if (engine.health().documents() < 3_000) {
                long started = System.nanoTime();
                engine.ingest(engine.collect(sources).files(), IngestListener.NONE);
                System.out.printf("indexed in %.0f s%n", (System.nanoTime() - started) / 1e9);
            }
            System.out.printf("index: %d documents, %d passages; java %s; %d cores%n%n",
                    engine.health().documents(), engine.health().passages(), Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            List<String> list = queryList(queries + WARM_UP, new Random(42));
            System.out.println("| search (1 client, first page of 10, snippets) | queries | median | p90 | p99 | max |");
            System.out.println("|---|---|---|---|---|---|");
            report("documents", measure(list, q -> engine.searchDocuments(request(q))));
            report("passages", measure(list, q -> engine.searchPassages(request(q))));
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
    private interface Query {
        void run(String query) throws IOException;
    }

    /** Nanoseconds per query, after the warm-up queries. */
    private static long[] measure(List<String> queries, Query query) throws IOException {
        long[] times = new long[queries.size() - WARM_UP];
        for (int i = 0; i < queries.size(); i++) {
            long started = System.nanoTime();
            query.run(queries.get(i));
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - started;
            }
        }
        Arrays.sort(times);
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
