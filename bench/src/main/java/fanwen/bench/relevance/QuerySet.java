package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of queries with their judgments, read from {@code bench/queries/}: either a generated file
 * ({@code query<TAB>target_key<TAB>note}, one relevant document of grade 1) or the topical queries with
 * their graded judgments ({@code topical.tsv} + {@code topical-qrels.tsv}: {@code query<TAB>key<TAB>grade}).
 * Lines starting with {@code #} are comments. Keys are those of the bundled collection ({@code seed/…}, for a
 * passage {@code seed/…#start-end}); {@link #over} maps them onto a rewritten collection.
 *
 * @param graded whether the judgments are pooled grades (unjudged items count 0) rather than one known target
 */
record QuerySet(String kind, List<Query> queries, boolean graded) {

    record Query(String text, Map<String, Integer> grades) {
    }

    static QuerySet singleTarget(String kind, Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String[] row : rows(file)) {
            queries.add(new Query(row[0], Map.of(row[1], 1)));
        }
        return new QuerySet(kind, queries, false);
    }

    /** The topical queries judged in {@code qrels}; queries without any judgment are left out. */
    static QuerySet graded(String kind, Path queriesFile, Path qrels) throws IOException {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (String[] row : rows(qrels)) {
            grades.computeIfAbsent(row[0], q -> new HashMap<>()).put(row[1], Integer.parseInt(row[2].strip()));
        }
        List<Query> queries = new ArrayList<>();
        for (String text : topical(queriesFile)) {
            if (grades.containsKey(text)) {
                queries.add(new Query(text, grades.get(text)));
            }
        }
        return new QuerySet(kind, queries, true);
    }

    /**
     * This set over {@code collection}: every judged key (a document's bundled key, or a passage's
     * {@code docKey#start-end}) named as the collection names it, and the collection's label in the kind.
     */
    QuerySet over(Collection collection) {
        if (collection.label().isEmpty()) {
            return this;
        }
        Map<String, String> keys = collection.keysByOriginal();
        List<Query> mapped = new ArrayList<>();
        for (Query query : queries) {
            Map<String, Integer> grades = new HashMap<>();
            query.grades().forEach((key, grade) -> {
                int hash = key.indexOf('#');
                String doc = hash < 0 ? key : key.substring(0, hash);
                grades.put(keys.getOrDefault(doc, doc) + (hash < 0 ? "" : key.substring(hash)), grade);
            });
            mapped.add(new Query(query.text(), grades));
        }
        return new QuerySet(kind + ", " + collection.label(), mapped, graded);
    }

    /** The first column of {@code topical.tsv}. */
    static List<String> topical(Path file) throws IOException {
        return rows(file).stream().map(row -> row[0]).toList();
    }

    static List<String[]> rows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }
}
