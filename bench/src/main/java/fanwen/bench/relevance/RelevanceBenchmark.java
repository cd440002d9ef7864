package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fanwen.model.ClusterAddress;

/**
 * Relevance of Fanwen against three stock Lucene baselines ({@link LuceneBaseline.Kind}) on the bundled
 * corpus plus the 3,475 laws of {@code ../shared/corpus/laws.tar.gz} as distractors. Prints, per query
 * kind, a Markdown table of MRR@10, nDCG@10, Success@1, Success@10 and Recall@100 per system.
 *
 * <p>Two collections (bench/queries/genre-rules.md): the bundled one, with its titles, and the titleless one
 * of issue 17 ({@link TitlelessCollection}: the genre documents without title and under meaningless names, as a
 * new user stores them). Over the bundled collection: (a)–(d) and (f). Over the titleless one: (a)–(d) again,
 * (e) topic + kind, (f) fragments and (g) template passages (Fanwen's passages against paragraph baselines).
 *
 * <p>Usage (from the repository root):
 * <pre>
 *   bench/run.sh relevance                 # evaluate every query set of bench/queries/ over both collections
 *   bench/run.sh relevance --titled        # only the bundled collection; --titleless: only the titleless one
 *   bench/run.sh relevance pool            # write bench/queries/topical-pool.tsv (top 10 of each system) for judging
 *   bench/run.sh relevance sheets          # write the blind judging sheets of (e) and (g) (titleless collection) and
 *                                          # of (d) (topical-sheet.tsv: the pools of both collections)
 *   bench/run.sh relevance sheets --unjudged   # the same, listing only the pooled items not graded yet
 *   bench/run.sh relevance-queries         # regenerate known-item.tsv, phrases.tsv, reworded.tsv (QuerySetGenerator)
 *   bench/run.sh relevance-fragments       # regenerate fragments.tsv (FragmentGenerator)
 *   bench/run.sh relevance --opensearch URL   # also Fanwen with its index on that cluster (fanwen-opensearch); with
 *                                          # pool or sheets, its top 10 pooled too
 *   RELEVANCE_DUMP=FILE bench/run.sh relevance   # also append per-query lines to FILE (see Evaluation)
 *   options: --corpus DIR (corpus/)  --laws FILE (../shared/corpus/laws.tar.gz)  --queries DIR (bench/queries/)
 *            --opensearch URL[,URL…]  --opensearch-prefix P (bench-relevance)
 * </pre>
 * Indexes live in {@code bench/target/relevance/} (the titleless collection's with the suffix
 * {@code -titleless}): Fanwen's data folder is re-used (re-ingesting unchanged files is a no-op), a baseline
 * index is rebuilt only when its document count differs. On a cluster, the indexes of {@code fanwen-opensearch} are
 * named by the prefix (the titleless collection's by {@code P-titleless}), its originals kept in
 * {@code bench/target/relevance/fanwen-opensearch-data}.
 */
public final class RelevanceBenchmark {

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = Path.of("bench/target/relevance");
        Collection bundled = Collection.load(options.corpus, options.laws, work);
        System.err.printf("collection: %d documents (%d targets, %d laws)%n", bundled.docs().size(),
                bundled.targets().size(), bundled.docs().size() - bundled.targets().size());
        switch (options.mode) {
            case "pool" -> {
                try (Systems systems = Systems.open(bundled, work, false, options.cluster)) {
                    Pools.topical(options.queries, bundled, systems.documents());
                }
            }
            case "sheets" -> {
                Map<String, List<String>> topical = new LinkedHashMap<>();
                try (Systems systems = Systems.open(bundled, work, false, options.cluster)) {
                    Pools.topicalPool(options.queries, bundled, systems.documents(), topical);
                }
                Collection titleless = TitlelessCollection.of(bundled, work);
                try (Systems systems = Systems.open(titleless, work, true, options.cluster)) {
                    Pools.topicalPool(options.queries, titleless, systems.documents(), topical);
                    Pools.genre(options.queries, titleless, systems.documents(), options.unjudged);
                    Pools.templates(options.queries, titleless, systems.passages(), options.unjudged);
                }
                Pools.topicalSheet(options.queries, bundled, topical, options.unjudged);
            }
            default -> evaluate(options, bundled, work);
        }
    }

    private static void evaluate(Options options, Collection bundled, Path work) throws IOException {
        Path q = options.queries;
        if (options.titled) {
            List<QuerySet> sets = commonSets(q);
            optional(q, "fragments.tsv", "(f) fragments: no bench/queries/fragments.tsv — run `bench/run.sh relevance-fragments`",
                    () -> sets.add(QuerySet.singleTarget("(f) fragments", q.resolve("fragments.tsv"))));
            try (Systems systems = Systems.open(bundled, work, false, options.cluster)) {
                System.out.printf("Command: bench/run.sh relevance %s%n", String.join(" ", options.raw));
                System.out.printf("Collection: %d documents — %d bundled (the targets) + %d laws (distractors); java %s, %d cores%n%n",
                        bundled.docs().size(), bundled.targets().size(),
                        bundled.docs().size() - bundled.targets().size(), Runtime.version(),
                        Runtime.getRuntime().availableProcessors());
                documents(sets, systems.documents());
            }
        }
        if (options.titleless) {
            Collection titleless = TitlelessCollection.of(bundled, work);
            List<QuerySet> sets = new ArrayList<>(commonSets(q));
            optional(q, "genre-qrels.tsv", "(e) topic + kind: no bench/queries/genre-qrels.tsv yet — run `bench/run.sh relevance"
                    + " sheets` and judge genre-sheet.tsv", () -> sets.add(QuerySet.graded("(e) topic + kind",
                    q.resolve("genre.tsv"), q.resolve("genre-qrels.tsv"))));
            optional(q, "fragments.tsv", "(f) fragments: no bench/queries/fragments.tsv — run `bench/run.sh relevance-fragments`",
                    () -> sets.add(QuerySet.singleTarget("(f) fragments", q.resolve("fragments.tsv"))));
            List<QuerySet> passageSets = new ArrayList<>();
            optional(q, "templates-qrels.tsv", "(g) template passages: no bench/queries/templates-qrels.tsv yet — run `bench/run.sh"
                    + " relevance sheets` and judge templates-sheet.tsv", () -> passageSets.add(QuerySet.graded(
                    "(g) template passages", q.resolve("templates.tsv"), q.resolve("templates-qrels.tsv"))));
            try (Systems systems = Systems.open(titleless, work, true, options.cluster)) {
                long genre = titleless.docs().stream().filter(Collection.Doc::genre).count();
                System.out.printf("Collection, titleless: the same %d documents, the %d genre documents without title under"
                        + " meaningless names (bench/queries/genre-rules.md)%n%n", titleless.docs().size(), genre);
                documents(sets.stream().map(s -> s.over(titleless)).toList(), systems.documents());
                for (QuerySet set : passageSets) {
                    Evaluation.passages(set.over(titleless), systems.passages());
                }
            }
        }
    }

    /** (a)–(d): the sets of issue 4, (d) once judged. */
    private static List<QuerySet> commonSets(Path q) throws IOException {
        List<QuerySet> sets = new ArrayList<>();
        sets.add(QuerySet.singleTarget("(a) known-item", q.resolve("known-item.tsv")));
        sets.add(QuerySet.singleTarget("(b) exact phrase", q.resolve("phrases.tsv")));
        sets.add(QuerySet.singleTarget("(c) reworded", q.resolve("reworded.tsv")));
        optional(q, "topical-qrels.tsv", "(d) topical: no bench/queries/topical-qrels.tsv yet — run `bench/run.sh relevance pool`"
                + " and judge the pool", () -> sets.add(QuerySet.graded("(d) topical", q.resolve("topical.tsv"),
                q.resolve("topical-qrels.tsv"))));
        return sets;
    }

    private interface Loader {
        void load() throws IOException;
    }

    /** Loads a set whose file may not exist yet, or says what to run to make it. */
    private static void optional(Path queries, String file, String missing, Loader loader) throws IOException {
        if (Files.isRegularFile(queries.resolve(file))) {
            loader.load();
        } else {
            System.out.println(missing + "\n");
        }
    }

    private static void documents(List<QuerySet> sets, List<SearchSystem> systems) throws IOException {
        Map<String, Double> querySeconds = new LinkedHashMap<>();
        for (QuerySet set : sets) {
            Evaluation.documents(set, systems, querySeconds);
        }
        int total = sets.stream().mapToInt(s -> s.queries().size()).sum();
        System.out.print("Query time (top " + Evaluation.DEPTH + ", " + total + " queries, one thread):");
        querySeconds.forEach((name, s) -> System.out.printf(" %s %.1f s (%.1f ms/query);", name, s, s * 1000 / total));
        System.out.println();
        System.out.println();
    }

    private record Options(String mode, boolean titled, boolean titleless, boolean unjudged, Path corpus, Path laws,
                           Path queries, Optional<ClusterAddress> cluster, List<String> raw) {
        static Options parse(String[] args) {
            String mode = "evaluate";
            boolean titled = true;
            boolean titleless = true;
            boolean unjudged = false;
            Path corpus = Path.of("corpus");
            Path laws = Path.of("../shared/corpus/laws.tar.gz");
            Path queries = Path.of("bench/queries");
            List<String> urls = List.of();
            String prefix = "bench-relevance";
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "pool", "sheets", "evaluate" -> mode = args[i];
                    case "--titled" -> titleless = false;
                    case "--titleless" -> titled = false;
                    case "--unjudged" -> unjudged = true;
                    case "--corpus" -> corpus = Path.of(args[++i]);
                    case "--laws" -> laws = Path.of(args[++i]);
                    case "--queries" -> queries = Path.of(args[++i]);
                    case "--opensearch" -> urls = List.of(args[++i].split(","));
                    case "--opensearch-prefix" -> prefix = args[++i];
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (usage: bench/run.sh relevance [evaluate|pool|sheets [--unjudged]] [--titled|--titleless] [--corpus DIR]"
                            + " [--laws FILE] [--queries DIR] [--opensearch URL[,URL…] [--opensearch-prefix P]])");
                }
            }
            if (!titled && !titleless) {
                throw new IllegalArgumentException("--titled and --titleless exclude each other; give neither for both");
            }
            Optional<ClusterAddress> cluster = urls.isEmpty() ? Optional.empty()
                    : Optional.of(ClusterAddress.of(urls, prefix));
            return new Options(mode, titled, titleless, unjudged, corpus, laws, queries, cluster, List.of(args));
        }
    }
}
