package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relevance of Fanwen against three stock Lucene baselines ({@link LuceneBaseline.Kind}) on the bundled
 * corpus plus the 3,475 laws of {@code ../shared/corpus/laws.tar.gz} as distractors. Prints, per query
 * kind, a Markdown table of MRR@10, nDCG@10, Success@1, Success@10 and Recall@100 per system.
 *
 * <p>Usage (from the repository root):
 * <pre>
 *   bench/run.sh relevance                 # evaluate every query set of bench/queries/
 *   bench/run.sh relevance pool            # write bench/queries/topical-pool.tsv (top 10 of each system) for judging
 *   bench/run.sh relevance-queries         # regenerate known-item.tsv, phrases.tsv, reworded.tsv (QuerySetGenerator)
 *   RELEVANCE_DUMP=FILE bench/run.sh relevance   # also append per-query lines to FILE (see dump)
 *   options: --corpus DIR (corpus/)  --laws FILE (../shared/corpus/laws.tar.gz)  --queries DIR (bench/queries/)
 * </pre>
 * Indexes live in {@code bench/target/relevance/}: Fanwen's data folder is re-used (re-ingesting unchanged
 * files is a no-op), a baseline index is rebuilt only when its document count differs.
 */
public final class RelevanceBenchmark {

    private static final int DEPTH = 100;

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = Path.of("bench/target/relevance");
        Collection collection = Collection.load(options.corpus, options.laws, work);
        System.err.printf("collection: %d documents (%d targets, %d laws)%n", collection.docs().size(),
                collection.targets().size(), collection.docs().size() - collection.targets().size());
        List<SearchSystem> systems = new ArrayList<>();
        try {
            long started = System.nanoTime();
            systems.add(FanwenSystem.open(work.resolve("fanwen-data"), collection));
            double fanwenSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            for (LuceneBaseline.Kind kind : LuceneBaseline.Kind.values()) {
                systems.add(LuceneBaseline.open(kind, work.resolve(kind.label), collection.docs()));
            }
            System.err.printf("indexes ready: fanwen %.1f s, baselines %.1f s%n", fanwenSeconds,
                    (System.nanoTime() - started) / 1e9);
            if (options.mode.equals("pool")) {
                pool(options.queries, collection, systems);
            } else {
                evaluate(options, collection, systems);
            }
        } finally {
            for (SearchSystem system : systems) {
                system.close();
            }
        }
    }

    private static void evaluate(Options options, Collection collection, List<SearchSystem> systems) throws IOException {
        Path q = options.queries;
        List<QuerySet> sets = new ArrayList<>();
        sets.add(QuerySet.singleTarget("(a) known-item", q.resolve("known-item.tsv")));
        sets.add(QuerySet.singleTarget("(b) exact phrase", q.resolve("phrases.tsv")));
        sets.add(QuerySet.singleTarget("(c) reworded", q.resolve("reworded.tsv")));
        if (Files.isRegularFile(q.resolve("topical-qrels.tsv"))) {
            sets.add(QuerySet.graded("(d) topical", q.resolve("topical.tsv"), q.resolve("topical-qrels.tsv")));
        } else {
            System.out.println("(d) topical: no bench/queries/topical-qrels.tsv yet — run `bench/run.sh relevance pool` and judge the pool\n");
        }
        System.out.printf("Command: bench/run.sh relevance %s%n", String.join(" ", options.raw));
        System.out.printf("Collection: %d documents — %d bundled (the targets) + %d laws (distractors); java %s, %d cores%n%n",
                collection.docs().size(), collection.targets().size(),
                collection.docs().size() - collection.targets().size(), Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        Map<String, Double> querySeconds = new LinkedHashMap<>();
        for (QuerySet set : sets) {
            System.out.printf("### %s — %d queries%n%n", set.kind(), set.queries().size());
            System.out.println("| system | " + String.join(" | ", Metrics.NAMES) + " |");
            System.out.println("|---" + "|---:".repeat(Metrics.NAMES.size()) + "|");
            Map<String, List<Metrics>> bySystem = new LinkedHashMap<>();
            for (SearchSystem system : systems) {
                List<Metrics> perQuery = new ArrayList<>();
                long started = System.nanoTime();
                for (QuerySet.Query query : set.queries()) {
                    List<String> ranked = system.search(query.text(), DEPTH);
                    perQuery.add(Metrics.of(ranked, query.grades()));
                    dump(set, system, query, ranked);
                }
                bySystem.put(system.name(), perQuery);
                querySeconds.merge(system.name(), (System.nanoTime() - started) / 1e9, Double::sum);
                StringBuilder row = new StringBuilder("| " + system.name() + " |");
                for (double v : Metrics.mean(perQuery).values()) {
                    row.append(String.format(" %.3f |", v));
                }
                System.out.println(row);
            }
            System.out.println();
            printLosses(set, bySystem);
        }
        int total = sets.stream().mapToInt(s -> s.queries().size()).sum();
        System.out.print("Query time (top " + DEPTH + ", " + total + " queries, one thread):");
        querySeconds.forEach((name, s) -> System.out.printf(" %s %.1f s (%.1f ms/query);", name, s, s * 1000 / total));
        System.out.println();
    }

    /**
     * With {@code RELEVANCE_DUMP=FILE} set, appends one line per query and system for diagnosis: kind, system,
     * query, nDCG@10, the grades of its top 10, and each relevant document outside the top 10 as
     * {@code grade@rank:key} ({@code -} when not in the top 100).
     */
    private static void dump(QuerySet set, SearchSystem system, QuerySet.Query query, List<String> ranked)
            throws IOException {
        String file = System.getenv("RELEVANCE_DUMP");
        if (file == null) {
            return;
        }
        StringBuilder top = new StringBuilder();
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            top.append(query.grades().getOrDefault(ranked.get(i), 0));
        }
        StringBuilder missing = new StringBuilder();
        query.grades().forEach((key, g) -> {
            int at = ranked.indexOf(key);
            if (g > 0 && (at < 0 || at >= 10)) {
                missing.append(' ').append(g).append('@').append(at < 0 ? "-" : String.valueOf(at + 1))
                        .append(':').append(key);
            }
        });
        String ndcg = String.format("%.3f", Metrics.of(ranked, query.grades()).ndcg10());
        String line = String.join("\t", set.kind().substring(0, 3), system.name(), query.text(), ndcg,
                top.toString(), missing.toString());
        Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** The queries where Fanwen's nDCG@10 is below the best baseline's (the first few of them, as examples). */
    private static void printLosses(QuerySet set, Map<String, List<Metrics>> bySystem) {
        List<Metrics> fanwen = bySystem.get("fanwen");
        List<String> examples = new ArrayList<>();
        int losses = 0;
        for (int i = 0; i < set.queries().size(); i++) {
            String best = null;
            for (Map.Entry<String, List<Metrics>> e : bySystem.entrySet()) {
                if (!e.getKey().equals("fanwen")
                        && (best == null || e.getValue().get(i).ndcg10() > bySystem.get(best).get(i).ndcg10())) {
                    best = e.getKey();
                }
            }
            double theirs = bySystem.get(best).get(i).ndcg10();
            if (fanwen.get(i).ndcg10() < theirs) {
                losses++;
                if (examples.size() < 6) {
                    examples.add(String.format("`%s` (fanwen %.2f, %s %.2f)", set.queries().get(i).text(),
                            fanwen.get(i).ndcg10(), best, theirs));
                }
            }
        }
        System.out.printf("Fanwen below the best baseline (nDCG@10) on %d of %d queries%s%n%n", losses,
                set.queries().size(), examples.isEmpty() ? "" : ", e.g. " + String.join("; ", examples));
    }

    /** The union of every system's top 10 per topical query, with each system's rank, for judging. */
    private static void pool(Path queries, Collection collection, List<SearchSystem> systems) throws IOException {
        Map<String, Collection.Doc> docs = collection.byKey();
        List<String> lines = new ArrayList<>();
        lines.add("# Pool for judging the topical queries: the union of each system's top 10. Columns: query, key,");
        lines.add("# title, ranks (system=rank), a snippet (the text around the query's first word). Judge into topical-qrels.tsv.");
        lines.add("query\tkey\ttitle\tranks\tsnippet");
        for (String query : QuerySet.topical(queries.resolve("topical.tsv"))) {
            Map<String, List<String>> ranks = new LinkedHashMap<>();
            for (SearchSystem system : systems) {
                List<String> top = system.search(query, 10);
                for (int i = 0; i < top.size(); i++) {
                    ranks.computeIfAbsent(top.get(i), k -> new ArrayList<>()).add(system.name() + "=" + (i + 1));
                }
            }
            ranks.forEach((key, r) -> {
                Collection.Doc doc = docs.get(key);
                lines.add(String.join("\t", query, key, doc == null ? "?" : doc.title(), String.join(" ", r),
                        doc == null ? "" : snippet(doc.text(), query)));
            });
        }
        Path out = queries.resolve("topical-pool.tsv");
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("wrote %s: %d pooled (query, document) pairs%n", out, lines.size() - 3);
    }

    private static String snippet(String text, String query) {
        String first = query.split("\\s+")[0];
        int at = -1;
        for (int len = Math.min(4, first.length()); len >= 2 && at < 0; len--) {
            at = text.indexOf(first.substring(0, len));
        }
        int from = Math.max(0, at - 30);
        return text.substring(from, Math.min(text.length(), from + 90)).replaceAll("\\s+", " ");
    }

    private record Options(String mode, Path corpus, Path laws, Path queries, List<String> raw) {
        static Options parse(String[] args) {
            String mode = "evaluate";
            Path corpus = Path.of("corpus");
            Path laws = Path.of("../shared/corpus/laws.tar.gz");
            Path queries = Path.of("bench/queries");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "pool", "evaluate" -> mode = args[i];
                    case "--corpus" -> corpus = Path.of(args[++i]);
                    case "--laws" -> laws = Path.of(args[++i]);
                    case "--queries" -> queries = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (usage: bench/run.sh relevance [evaluate|pool] [--corpus DIR] [--laws FILE] [--queries DIR])");
                }
            }
            return new Options(mode, corpus, laws, queries, List.of(args));
        }
    }
}
