package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pools of the graded sets, written for judging: the union of every system's top 10 per query.
 * {@link #topical} lists the systems and ranks (the (d) pool, judged from it in session 1); {@link #genre} and
 * {@link #templates} write <em>blind</em> sheets — no system names, no ranks, the items of a query shuffled
 * with a fixed seed — so that judging cannot lean on who returned an item; {@link #topicalSheet} writes such a
 * blind sheet for (d) too, over the pools of both collections. With {@code unjudged}, a sheet lists only the pooled
 * items its judgment file does not grade yet (to judge what a changed engine newly returns). Keys are the bundled
 * collection's (a passage: {@code docKey#start-end} in the text of the collection searched), as the judgment files use.
 */
final class Pools {

    private static final long SHEET_SEED = 20261217L;
    private static final int OPENING = 600;
    private static final int AROUND = 300;
    private static final int PASSAGE_CHARS = 800;

    private Pools() {
    }

    /** {@code topical-pool.tsv}: the union of each system's top 10 per topical query, with each system's rank. */
    static void topical(Path queries, Collection collection, List<SearchSystem> systems) throws IOException {
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

    /**
     * {@code genre-sheet.tsv}, blind: per topic + kind query, every document in a system's top 10 over
     * {@code collection}, with its opening (after the removed title), the counts of the query's words and the
     * passage richest in its topic words (all words but the last, the kind).
     */
    static void genre(Path queries, Collection collection, List<SearchSystem> systems, boolean unjudged)
            throws IOException {
        Map<String, Collection.Doc> docs = collection.byKey();
        Set<String> judged = unjudged ? judged(queries.resolve("genre-qrels.tsv")) : Set.of();
        List<String> lines = new ArrayList<>(List.of(
                "# Blind judging sheet of the topic + kind queries (e): per query, the union of every system's top 10 over the",
                "# titleless collection, shuffled (seeded), without systems or ranks. Columns: query, key (bundled), counts of the",
                "# query's words, opening (the first " + OPENING + " characters, after the removed title), around (the " + AROUND
                        + " characters richest in the",
                "# topic words). Judge into genre-qrels.tsv by the rules of genre-rules.md. Written by `bench/run.sh relevance sheets`.",
                "query\tkey\tcounts\topening\taround"));
        if (unjudged) {
            lines.add(lines.size() - 1, UNJUDGED_NOTE.formatted("genre-qrels.tsv"));
        }
        int items = 0;
        for (String query : QuerySet.topical(queries.resolve("genre.tsv"))) {
            List<String> pooled = new ArrayList<>();
            for (SearchSystem system : systems) {
                system.search(query, 10).stream().filter(k -> !pooled.contains(k)).forEach(pooled::add);
            }
            Collections.shuffle(pooled, new Random(SHEET_SEED ^ query.hashCode()));
            List<String> words = List.of(query.split("\\s+"));
            List<String> topic = words.size() > 1 ? words.subList(0, words.size() - 1) : words;
            for (String key : pooled) {
                Collection.Doc doc = docs.get(key);
                if (judged.contains(query + "\t" + doc.original())) {
                    continue;
                }
                String text = doc.text();
                List<String> counts = words.stream().map(w -> w + "×" + occurrences(text, w)).toList();
                lines.add(String.join("\t", query, doc.original(), String.join(" ", counts),
                        flat(text.substring(0, Math.min(OPENING, text.length()))), flat(richest(text, topic))));
                items++;
            }
        }
        write(queries.resolve("genre-sheet.tsv"), lines, items);
    }

    /**
     * {@code templates-sheet.tsv}, blind: per template query, every passage in a system's top 10 (Fanwen's
     * passages with their heading path, the baselines' paragraphs), its text up to {@value #PASSAGE_CHARS}
     * characters and its length.
     */
    static void templates(Path queries, Collection collection, List<PassageSystem> systems, boolean unjudged)
            throws IOException {
        Map<String, Collection.Doc> docs = collection.byKey();
        Set<String> judged = unjudged ? judged(queries.resolve("templates-qrels.tsv")) : Set.of();
        List<String> lines = new ArrayList<>(List.of(
                "# Blind judging sheet of the template queries (g): per query, the union of the top 10 passages of Fanwen's passage",
                "# search and the top 10 paragraphs of the cjk and smartcn paragraph indexes over the titleless collection, shuffled",
                "# (seeded), without systems or ranks. Columns: query, key (bundled document key#start-end), headings (the path a",
                "# passage sits under; none for a paragraph), chars, text (up to " + PASSAGE_CHARS + " characters). Judge into",
                "# templates-qrels.tsv by the rules of genre-rules.md. Written by `bench/run.sh relevance sheets`.",
                "query\tkey\theadings\tchars\ttext"));
        if (unjudged) {
            lines.add(lines.size() - 1, UNJUDGED_NOTE.formatted("templates-qrels.tsv"));
        }
        int items = 0;
        for (String query : QuerySet.topical(queries.resolve("templates.tsv"))) {
            Map<String, PassageSystem.Passage> pooled = new LinkedHashMap<>();
            for (PassageSystem system : systems) {
                system.searchPassages(query, 10).forEach(p -> pooled.putIfAbsent(p.key(), p));
            }
            List<PassageSystem.Passage> shuffled = new ArrayList<>(pooled.values());
            Collections.shuffle(shuffled, new Random(SHEET_SEED ^ query.hashCode()));
            for (PassageSystem.Passage p : shuffled) {
                int hash = p.key().indexOf('#');
                String key = docs.get(p.key().substring(0, hash)).original() + p.key().substring(hash);
                if (judged.contains(query + "\t" + key)) {
                    continue;
                }
                String text = p.text();
                lines.add(String.join("\t", query, key, flat(String.join(" > ", p.headingPath())),
                        String.valueOf(text.length()), flat(text.substring(0, Math.min(PASSAGE_CHARS, text.length())))));
                items++;
            }
        }
        write(queries.resolve("templates-sheet.tsv"), lines, items);
    }

    /**
     * Adds to {@code pool} (query → bundled keys, in order of first appearance) every document in a system's top
     * 10 over {@code collection} for each topical query: called once per collection, so that the (d) pool is the
     * union over the bundled and the titleless collections, keyed the same way.
     */
    static void topicalPool(Path queries, Collection collection, List<SearchSystem> systems,
                            Map<String, List<String>> pool) throws IOException {
        Map<String, Collection.Doc> docs = collection.byKey();
        for (String query : QuerySet.topical(queries.resolve("topical.tsv"))) {
            List<String> pooled = pool.computeIfAbsent(query, q -> new ArrayList<>());
            for (SearchSystem system : systems) {
                for (String key : system.search(query, 10)) {
                    String original = docs.get(key).original();
                    if (!pooled.contains(original)) {
                        pooled.add(original);
                    }
                }
            }
        }
    }

    /**
     * {@code topical-sheet.tsv}, blind: per topical query, the documents of {@code pool} (see {@link #topicalPool}),
     * shuffled (seeded), with the bundled title, the counts of the query's words, the opening and the passage
     * richest in the query's words.
     */
    static void topicalSheet(Path queries, Collection bundled, Map<String, List<String>> pool, boolean unjudged)
            throws IOException {
        Map<String, Collection.Doc> docs = bundled.byKey();
        Set<String> judged = unjudged ? judged(queries.resolve("topical-qrels.tsv")) : Set.of();
        List<String> lines = new ArrayList<>(List.of(
                "# Blind judging sheet of the topical queries (d): per query, the union of every system's top 10 over the",
                "# bundled and the titleless collections, shuffled (seeded), without systems or ranks. Columns: query, key (bundled),",
                "# title (bundled), counts of the query's words, opening (the first " + OPENING + " characters), around (the "
                        + AROUND + " characters",
                "# richest in the query's words). Judge into topical-qrels.tsv by its rubric. Written by `bench/run.sh relevance sheets`.",
                "query\tkey\ttitle\tcounts\topening\taround"));
        if (unjudged) {
            lines.add(lines.size() - 1, UNJUDGED_NOTE.formatted("topical-qrels.tsv"));
        }
        int items = 0;
        for (Map.Entry<String, List<String>> entry : pool.entrySet()) {
            String query = entry.getKey();
            List<String> pooled = new ArrayList<>(entry.getValue());
            Collections.shuffle(pooled, new Random(SHEET_SEED ^ query.hashCode()));
            List<String> words = List.of(query.split("\\s+"));
            for (String key : pooled) {
                if (judged.contains(query + "\t" + key)) {
                    continue;
                }
                Collection.Doc doc = docs.get(key);
                String text = doc.text();
                List<String> counts = words.stream().map(w -> w + "×" + occurrences(text, w)).toList();
                lines.add(String.join("\t", query, key, flat(doc.title()), String.join(" ", counts),
                        flat(text.substring(0, Math.min(OPENING, text.length()))), flat(richest(text, words))));
                items++;
            }
        }
        write(queries.resolve("topical-sheet.tsv"), lines, items);
    }

    private static final String UNJUDGED_NOTE =
            "# Only the pooled items not yet graded in %s when the sheet was written (`sheets --unjudged`).";

    /** The (query, key) pairs a judgment file grades, as {@code query<TAB>key}. */
    private static Set<String> judged(Path qrels) throws IOException {
        return QuerySet.rows(qrels).stream().map(row -> row[0] + "\t" + row[1]).collect(Collectors.toSet());
    }

    private static void write(Path out, List<String> lines, int items) throws IOException {
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("wrote %s: %d pooled items%n", out, items);
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    /**
     * The {@value #AROUND} characters of {@code text} holding the most occurrences of the topic words (a word
     * that never occurs counts by its first and last two characters), or "" when none occurs.
     */
    private static String richest(String text, List<String> topic) {
        List<Integer> hits = new ArrayList<>();
        for (String word : topic) {
            List<String> forms = occurrences(text, word) > 0 || word.length() < 4
                    ? List.of(word) : List.of(word.substring(0, 2), word.substring(word.length() - 2));
            for (String form : forms) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    hits.add(at);
                }
            }
        }
        if (hits.isEmpty()) {
            return "";
        }
        Collections.sort(hits);
        int bestStart = hits.get(0);
        int bestCount = 0;
        for (int i = 0, j = 0; i < hits.size(); i++) {
            while (hits.get(i) - hits.get(j) > AROUND - 40) {
                j++;
            }
            if (i - j + 1 > bestCount) {
                bestCount = i - j + 1;
                bestStart = hits.get(j);
            }
        }
        int from = Math.max(0, bestStart - 20);
        return text.substring(from, Math.min(text.length(), from + AROUND));
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

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
