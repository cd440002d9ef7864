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
 * The tables of the relevance benchmark: one query set run through every system, printed as a Markdown table of
 * the mean measures, followed by the queries where Fanwen is below the best baseline. Documents are measured with
 * {@link Metrics}; passages (the template set) by nDCG@10 and whether a model passage (grade 3, or ≥ 2) is in the
 * top 5, the figures a writer looking for a model section cares about.
 */
final class Evaluation {

    static final int DEPTH = 100;
    private static final int PASSAGE_DEPTH = 10;
    private static final int TOP = 5;

    /** A system's ranked keys for a query. */
    private interface Ranker {
        List<String> rank(String query) throws IOException;
    }

    private Evaluation() {
    }

    /** Prints the table of a document set; adds each system's query time (seconds) to {@code querySeconds}. */
    static void documents(QuerySet set, List<SearchSystem> systems, Map<String, Double> querySeconds) throws IOException {
        System.out.printf("### %s — %d queries%n%n", set.kind(), set.queries().size());
        System.out.println("| system | " + String.join(" | ", Metrics.NAMES) + " |");
        System.out.println("|---" + "|---:".repeat(Metrics.NAMES.size()) + "|");
        Map<String, List<Metrics>> bySystem = new LinkedHashMap<>();
        Map<String, Integer> unjudged = new LinkedHashMap<>();
        for (SearchSystem system : systems) {
            long started = System.nanoTime();
            List<Metrics> perQuery = run(set, system.name(), q -> system.search(q, DEPTH), unjudged);
            querySeconds.merge(system.name(), (System.nanoTime() - started) / 1e9, Double::sum);
            bySystem.put(system.name(), perQuery);
            StringBuilder row = new StringBuilder("| " + system.name() + " |");
            for (double v : Metrics.mean(perQuery).values()) {
                row.append(String.format(" %.3f |", v));
            }
            System.out.println(row);
        }
        System.out.println();
        printUnjudged(set, unjudged);
        printLosses(set, bySystem);
    }

    /** Prints the table of the template set: nDCG@10 and the share of queries with a grade-3 (≥ 2) item in the top 5. */
    static void passages(QuerySet set, List<PassageSystem> systems) throws IOException {
        System.out.printf("### %s — %d queries%n%n", set.kind(), set.queries().size());
        System.out.println("| system | nDCG@10 | grade 3 in top 5 | grade ≥ 2 in top 5 |");
        System.out.println("|---|---:|---:|---:|");
        Map<String, List<Metrics>> bySystem = new LinkedHashMap<>();
        Map<String, Integer> unjudged = new LinkedHashMap<>();
        for (PassageSystem system : systems) {
            List<List<String>> ranked = new ArrayList<>();
            List<Metrics> perQuery = run(set, system.name(), q -> {
                List<String> keys = system.searchPassages(q, PASSAGE_DEPTH).stream().map(PassageSystem.Passage::key).toList();
                ranked.add(keys);
                return keys;
            }, unjudged);
            bySystem.put(system.name(), perQuery);
            int model = 0;
            int good = 0;
            for (int i = 0; i < ranked.size(); i++) {
                int best = bestGrade(ranked.get(i), set.queries().get(i).grades());
                model += best >= 3 ? 1 : 0;
                good += best >= 2 ? 1 : 0;
            }
            int n = Math.max(1, set.queries().size());
            System.out.printf("| %s | %.3f | %.2f | %.2f |%n", system.name(), Metrics.mean(perQuery).ndcg10(),
                    (double) model / n, (double) good / n);
        }
        System.out.println();
        printUnjudged(set, unjudged);
        printLosses(set, bySystem);
    }

    private static List<Metrics> run(QuerySet set, String system, Ranker ranker, Map<String, Integer> unjudged)
            throws IOException {
        List<Metrics> perQuery = new ArrayList<>();
        int missing = 0;
        for (QuerySet.Query query : set.queries()) {
            List<String> ranked = ranker.rank(query.text());
            perQuery.add(Metrics.of(ranked, query.grades()));
            missing += (int) ranked.stream().limit(10).filter(k -> !query.grades().containsKey(k)).count();
            dump(set, system, query, ranked);
        }
        unjudged.put(system, missing);
        return perQuery;
    }

    private static int bestGrade(List<String> ranked, Map<String, Integer> grades) {
        return ranked.stream().limit(TOP).mapToInt(k -> grades.getOrDefault(k, 0)).max().orElse(0);
    }

    /** For pooled judgments: items a system now returns in its top 10 that were never judged (they count 0). */
    private static void printUnjudged(QuerySet set, Map<String, Integer> unjudged) {
        if (set.graded() && unjudged.values().stream().anyMatch(n -> n > 0)) {
            List<String> parts = new ArrayList<>();
            unjudged.forEach((system, n) -> parts.add(system + " " + n));
            System.out.printf("Unjudged items in the top 10 (counted 0): %s%n%n", String.join(", ", parts));
        }
    }

    /**
     * With {@code RELEVANCE_DUMP=FILE} set, appends one line per query and system for diagnosis: kind, system,
     * query, nDCG@10, the grades of its top 10, and each relevant item outside the top 10 as
     * {@code grade@rank:key} ({@code -} when not ranked at all).
     */
    private static void dump(QuerySet set, String system, QuerySet.Query query, List<String> ranked) throws IOException {
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
        String line = String.join("\t", set.kind(), system, query.text(), ndcg, top.toString(), missing.toString());
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
                if (!e.getKey().startsWith("fanwen") // fanwen-opensearch is Fanwen too, not a baseline
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
}
