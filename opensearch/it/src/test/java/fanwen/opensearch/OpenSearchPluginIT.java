package fanwen.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.opensearch.node.LocalCluster;
import fanwen.opensearch.node.PluginInstaller;

/**
 * The plugin in a real OpenSearch cluster, checked against Fanwen itself: the zip is installed with
 * OpenSearch's installer into a fresh OpenSearch home, two nodes start in this JVM, an index with Fanwen's
 * fields ({@code fanwen-index.json}, as in the README) gets the seed essays on 2 shards with 1 replica, and
 * Fanwen's command line indexes and analyses the same essays in its own processes. Both sides read the same
 * user dictionary term.
 */
class OpenSearchPluginIT {

    private static final String INDEX = "fanwen";
    /** Split by HanLP's own dictionary (主席 助理); one word once in the user dictionaries of both sides. */
    private static final String USER_TERM = "主席助理";
    /** Queries of words without curated synonyms or abbreviations: Fanwen expands those, the cluster does not. */
    private static final List<String> WORD_QUERIES = List.of("规划", "教育", "年轻", "乡镇 青年", "聯校辦學", USER_TERM);
    private static final List<String> PHRASE_QUERIES = List.of("挂职干部", "工作经验");

    private static final Path FANWEN_HOME = Path.of(System.getProperty("fanwen.home"));

    @TempDir
    static Path temp;

    /** The seed essays by file name. */
    private static final Map<String, String> essays = new LinkedHashMap<>();
    /** The texts compared token by token: every essay, and all of them at once under {@link #WHOLE_SEED}. */
    private static final Map<String, String> texts = new LinkedHashMap<>();
    private static final String WHOLE_SEED = "the whole seed";
    /** Fanwen's tokens of every text of {@link #texts} and of every query, by mode then text. */
    private static final Map<String, Map<String, List<Token>>> fanwenTokens = new HashMap<>();
    private static FanwenCli fanwen;
    private static LocalCluster cluster;
    private static Rest rest;

    @BeforeAll
    static void startClusterAndIndexTheSeedOnBothSides() throws Exception {
        Path seed = FANWEN_HOME.resolve("corpus").resolve("seed");
        try (Stream<Path> files = Files.list(seed)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                essays.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        texts.putAll(essays);
        texts.put(WHOLE_SEED, String.join("\n", essays.values()));

        Path data = temp.resolve("fanwen-data");
        Files.createDirectories(data.resolve("dict"));
        Files.writeString(data.resolve("dict").resolve("user.txt"), USER_TERM + "\n");
        fanwen = new FanwenCli(FANWEN_HOME.resolve("server").resolve("target").resolve("fanwen.jar"), data);
        fanwen.index(seed);
        analyseWithFanwen();

        Path home = temp.resolve("opensearch");
        PluginInstaller.prepareHome(home);
        String installed = PluginInstaller.install(home, Path.of(System.getProperty("plugin.zip")),
                System.getProperty("plugin.cli.classpath"));
        assertTrue(installed.contains("Installed analysis-hanlp"), installed);
        Path userDictionaries = Files.createDirectories(home.resolve("config").resolve("analysis-hanlp"));
        Files.writeString(userDictionaries.resolve("user.txt"), USER_TERM + "\n");

        cluster = LocalCluster.start(home, 2, 0);
        rest = new Rest(cluster.httpPort());
        rest.get("/_cluster/health?wait_for_nodes=2&timeout=60s");
        Map<String, Object> index = Json.read(resource("fanwen-index.json"));
        Map<String, Object> settings = Json.at(index, "settings");
        settings.put("number_of_shards", 2);
        settings.put("number_of_replicas", 1);
        settings.put("analyze.max_token_count", 100_000); // _analyze of the whole seed at once
        rest.put("/" + INDEX, index);
        rest.get("/_cluster/health/" + INDEX + "?wait_for_status=green&timeout=60s");
        StringBuilder bulk = new StringBuilder();
        essays.forEach((name, text) -> {
            bulk.append(Json.write(Map.of("index", Map.of("_id", name)))).append('\n');
            bulk.append(Json.write(Map.of("title", title(name), "body", text))).append('\n');
        });
        Map<String, Object> indexed = rest.bulk("/" + INDEX + "/_bulk?refresh=true", bulk.toString());
        assertEquals(false, indexed.get("errors"), () -> indexed.toString());
    }

    /** Runs {@code fanwen analyze} once per mode over every text and every query, through files. */
    private static void analyseWithFanwen() throws IOException {
        Map<Path, String> inputs = new LinkedHashMap<>();
        Path folder = Files.createDirectories(temp.resolve("analyze"));
        List<String> all = new ArrayList<>(texts.keySet());
        all.addAll(WORD_QUERIES);
        all.addAll(PHRASE_QUERIES);
        for (String name : all) {
            Path file = folder.resolve(inputs.size() + ".txt");
            Files.writeString(file, texts.getOrDefault(name, name));
            inputs.put(file, name);
        }
        for (String mode : List.of("index", "query")) {
            Map<String, List<Token>> byText = new HashMap<>();
            fanwen.analyze(mode, List.copyOf(inputs.keySet())).forEach((file, tokens) -> byText.put(inputs.get(file), tokens));
            fanwenTokens.put(mode, byText);
        }
    }

    @AfterAll
    static void stopCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyNodeRunsThePluginFromTheInstalledZipNotFromTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.hankcs.hanlp.HanLP"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("fanwen.analysis.HanLPTokenizer"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("fanwen.opensearch.HanLPAnalysisPlugin"));
        Map<String, Map<String, Object>> nodes = Json.at(rest.get("/_nodes/plugins"), "nodes");
        assertEquals(2, nodes.size());
        for (Map<String, Object> node : nodes.values()) {
            assertTrue(Json.objects(node.get("plugins")).stream().anyMatch(p -> p.get("name").equals("analysis-hanlp")),
                    () -> node.get("name") + " has no analysis-hanlp: " + node.get("plugins"));
        }
    }

    @Test
    void theIndexHasTwoShardsEachWithAReplicaOnTheOtherNode() {
        Map<String, Object> health = rest.get("/_cluster/health/" + INDEX);
        assertEquals("green", health.get("status"));
        assertEquals(2, health.get("number_of_data_nodes"));
        assertEquals(2, health.get("active_primary_shards"));
        assertEquals(4, health.get("active_shards"));
        assertEquals(essays.size(), Json.<Integer>at(rest.get("/" + INDEX + "/_count"), "count"));
    }

    @Test
    void theIndexAnalyzerGivesFanwensTokensForEveryEssayAndTheWholeSeed() {
        for (Map.Entry<String, String> text : texts.entrySet()) {
            assertSameTokens("fanwen_index, " + text.getKey(), fanwenTokens.get("index").get(text.getKey()),
                    analyze(Map.of("analyzer", "fanwen_index", "text", text.getValue())));
        }
    }

    @Test
    void theQueryChainGivesFanwensQueryTokensAndTheStopFilterRemovesFanwensStopWords() throws IOException {
        Set<String> stopWords = Files.readAllLines(FANWEN_HOME.resolve("analysis/src/main/resources/fanwen/analysis/stopwords.txt"))
                .stream().map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#")).collect(Collectors.toSet());
        for (Map.Entry<String, String> text : texts.entrySet()) {
            List<Token> expected = fanwenTokens.get("query").get(text.getKey());
            Map<String, Object> chain = Map.of("char_filter", List.of("fanwen_folding"),
                    "tokenizer", Map.of("type", "fanwen_hanlp", "mode", "query"), "text", text.getValue());
            assertSameTokens("fanwen_folding + fanwen_hanlp(query), " + text.getKey(), expected, analyze(chain));

            List<Token> withoutStopWords = expected.stream().filter(t -> !stopWords.contains(t.term())).toList();
            assertTrue(withoutStopWords.size() < expected.size(), "the seed has stop words");
            Map<String, Object> stopped = new HashMap<>(chain);
            stopped.put("filter", List.of("fanwen_stop"));
            assertSameTokens("... + fanwen_stop, " + text.getKey(), withoutStopWords, analyze(stopped));
            assertSameTokens("fanwen_query, " + text.getKey(), withoutStopWords,
                    analyze(Map.of("analyzer", "fanwen_query", "text", text.getValue())));
            assertSameTokens("fanwen_phrase (fanwen_query keeping stop words), " + text.getKey(), expected,
                    analyze(Map.of("analyzer", "fanwen_phrase", "text", text.getValue())));
        }
    }

    @Test
    void anUnknownTokenizerModeIsRefusedWithTheModesThereAre() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> analyze(Map.of(
                "tokenizer", Map.of("type", "fanwen_hanlp", "mode", "fast"), "text", "挂职锻炼")));
        assertTrue(refused.getMessage().contains("mode must be index or query, not [fast]"), refused.getMessage());
    }

    @Test
    void theUserDictionaryInTheConfigFolderMakesItsTermOneWord() {
        String essay = essays.keySet().stream().filter(name -> essays.get(name).contains(USER_TERM)).findFirst().orElseThrow();
        assertTrue(fanwenTokens.get("query").get(essay).stream().anyMatch(t -> t.term().equals(USER_TERM)));
        assertTrue(analyze(Map.of("analyzer", "fanwen_query", "text", essays.get(essay))).stream()
                .anyMatch(t -> t.term().equals(USER_TERM)));
    }

    @Test
    void theFoldingTokenFilterFoldsKeywords() {
        List<Token> tokens = analyze(Map.of("tokenizer", "keyword", "filter", List.of("fanwen_folding"),
                "text", "臺灣省總工會 ＧＢ／Ｔ"));
        assertEquals("台湾省总工会 gb/t", tokens.get(0).term());
    }

    @Test
    void wordQueriesFindTheDocumentsFanwenFinds() throws IOException {
        String synonyms = Files.readString(FANWEN_HOME.resolve("corpus/dict/synonyms.tsv"));
        String abbreviations = Files.readString(FANWEN_HOME.resolve("corpus/dict/abbreviations.tsv"));
        for (String query : WORD_QUERIES) {
            for (String term : fanwenTokens.get("query").get(query).stream().map(Token::term).toList()) {
                assertFalse(synonyms.lines().anyMatch(line -> !line.startsWith("#") && List.of(line.split("\\s+")).contains(term)),
                        term + " has synonyms in Fanwen: choose another query");
                assertFalse(abbreviations.lines().anyMatch(line -> line.startsWith(term + "\t")),
                        term + " is an abbreviation Fanwen expands: choose another query");
            }
            assertSameDocuments(query, fanwen.search(query), searchWords(List.of(query.split(" "))));
        }
    }

    @Test
    void phraseQueriesFindTheDocumentsFanwenFinds() {
        for (String phrase : PHRASE_QUERIES) {
            assertSameDocuments(phrase, fanwen.search("\"" + phrase + "\""), search(phraseQuery(phrase), false));
        }
    }

    @Test
    void highlightsMarkExactlyTheQueryWords() {
        int marked = 0;
        for (String query : WORD_QUERIES) {
            Set<String> terms = fanwenTokens.get("query").get(query).stream().map(Token::term).collect(Collectors.toSet());
            for (Map<String, Object> hit : search(wordsQuery(List.of(query.split(" ")), "should"), true)) {
                List<Token> tokens = fanwenTokens.get("index").get((String) hit.get("_id"));
                List<int[]> expected = merged(tokens.stream().filter(t -> terms.contains(t.term())).toList());
                marked += assertMarks(query, hit, expected);
            }
        }
        for (String phrase : PHRASE_QUERIES) {
            List<Token> words = fanwenTokens.get("query").get(phrase);
            for (Map<String, Object> hit : search(phraseQuery(phrase), true)) {
                List<Token> tokens = fanwenTokens.get("index").get((String) hit.get("_id"));
                marked += assertMarks(phrase, hit, merged(phraseOccurrences(tokens, words)));
            }
        }
        assertTrue(marked > 50, "only " + marked + " marks checked");
    }

    // ---- queries: Fanwen's query syntax over the fields of fanwen-index.json

    /**
     * Fanwen's search of words: the documents with all of them; when there are several words and fewer than
     * 100 such documents, the documents with any of them (Fanwen's {@code Searcher} widens a narrow query).
     */
    private static List<Map<String, Object>> searchWords(List<String> words) {
        List<Map<String, Object>> all = search(wordsQuery(words, "must"), false);
        return words.size() > 1 && all.size() < 100 ? search(wordsQuery(words, "should"), false) : all;
    }

    /**
     * Fanwen's word query: every word ({@code must}) or any word ({@code should}) matches, each by all its
     * segments in the body or the title, or — the recall path — by its character bigrams as a phrase in the
     * bigram field.
     */
    private static Map<String, Object> wordsQuery(List<String> words, String occur) {
        List<Object> clauses = new ArrayList<>();
        for (String word : words) {
            clauses.add(Map.of("bool", Map.of("should", List.of(
                    Map.of("multi_match", Map.of("query", word, "fields", List.of("body", "title"),
                            "type", "cross_fields", "operator", "and")),
                    Map.of("match_phrase", Map.of("body.bigram", word))))));
        }
        return Map.of("bool", Map.of(occur, clauses));
    }

    /** Fanwen's {@code "exact phrase"}: its words in order (stop words kept), or its characters in order. */
    private static Map<String, Object> phraseQuery(String phrase) {
        return Map.of("bool", Map.of("should", List.of(
                Map.of("match_phrase", Map.of("body", Map.of("query", phrase, "analyzer", "fanwen_phrase"))),
                Map.of("match_phrase", Map.of("body.bigram", phrase)))));
    }

    private static List<Map<String, Object>> search(Map<String, Object> query, boolean highlight) {
        Map<String, Object> request = new HashMap<>(Map.of("query", query, "size", 100, "_source", false));
        if (highlight) {
            // the whole body, so that every mark can be checked
            request.put("highlight", Map.of("fields", Map.of("body", Map.of("number_of_fragments", 0)),
                    "pre_tags", List.of("<em>"), "post_tags", List.of("</em>")));
        }
        return Json.objects(Json.at(rest.post("/" + INDEX + "/_search", request), "hits", "hits"));
    }

    // ---- assertions

    private static List<Token> analyze(Map<String, Object> request) {
        return Json.objects(rest.post("/" + INDEX + "/_analyze", request).get("tokens")).stream()
                .map(t -> new Token((String) t.get("token"), (Integer) t.get("start_offset"), (Integer) t.get("end_offset"),
                        (Integer) t.get("position"), (String) t.get("type")))
                .toList();
    }

    /** Equal token lists, or a message showing the first difference in context. */
    private static void assertSameTokens(String what, List<Token> expected, List<Token> actual) {
        assertFalse(expected.isEmpty(), what + ": no tokens from Fanwen");
        int i = 0;
        while (i < Math.min(expected.size(), actual.size()) && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        if (i < expected.size() || i < actual.size()) {
            int from = Math.max(0, i - 3);
            throw new AssertionError(what + ": token " + i + " differs (Fanwen " + expected.size() + " tokens, OpenSearch "
                    + actual.size() + ")\n  Fanwen:     " + expected.subList(from, Math.min(expected.size(), i + 4))
                    + "\n  OpenSearch: " + actual.subList(from, Math.min(actual.size(), i + 4)));
        }
    }

    private static void assertSameDocuments(String query, List<String> fanwenHits, List<Map<String, Object>> hits) {
        Set<String> cluster = hits.stream().map(hit -> (String) hit.get("_id")).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(fanwenHits.isEmpty(), query + ": Fanwen finds nothing, choose another query");
        assertTrue(fanwenHits.size() < essays.size(), query + ": Fanwen finds every essay, choose another query");
        assertEquals(new TreeSet<>(fanwenHits), cluster, query);
    }

    /**
     * Checks that the highlighted body of {@code hit} is the essay with exactly {@code expected} marked (as
     * merged ranges); returns the number of marks.
     */
    private static int assertMarks(String query, Map<String, Object> hit, List<int[]> expected) {
        String essay = essays.get((String) hit.get("_id"));
        List<String> fragments = Json.at(hit, "highlight", "body");
        if (fragments == null) { // found through the bigram field only: nothing to mark in the body
            assertEquals(List.of(), rangesText(expected), query + " in " + hit.get("_id"));
            return 0;
        }
        StringBuilder plain = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        String highlighted = fragments.get(0);
        for (int i = 0; i < highlighted.length(); ) {
            if (highlighted.startsWith("<em>", i)) {
                int end = highlighted.indexOf("</em>", i);
                String word = highlighted.substring(i + 4, end);
                marks.add(new int[] {plain.length(), plain.length() + word.length()});
                plain.append(word);
                i = end + 5;
            } else {
                plain.append(highlighted.charAt(i++));
            }
        }
        assertEquals(essay.stripTrailing(), plain.toString(), "the highlighted body is the essay, less its last line break");
        assertEquals(rangesText(expected), rangesText(mergedRanges(marks)), query + " in " + hit.get("_id"));
        return marks.size();
    }

    /**
     * The offsets of the tokens where the phrase's {@code words} occur at the same distances as in the phrase (a word
     * whose parts the index spans leaves their positions free after it), as a phrase query matches.
     */
    private static List<Token> phraseOccurrences(List<Token> tokens, List<Token> words) {
        Map<Integer, List<Token>> byPosition = tokens.stream().collect(Collectors.groupingBy(Token::position));
        List<Token> found = new ArrayList<>();
        for (int position : byPosition.keySet()) {
            List<Token> match = new ArrayList<>();
            for (Token word : words) {
                int at = position + word.position() - words.getFirst().position();
                byPosition.getOrDefault(at, List.of()).stream().filter(t -> t.term().equals(word.term()))
                        .findFirst().ifPresent(match::add);
            }
            if (match.size() == words.size()) {
                found.addAll(match);
            }
        }
        return found;
    }

    private static List<int[]> merged(List<Token> tokens) {
        return mergedRanges(tokens.stream().map(t -> new int[] {t.start(), t.end()}).toList());
    }

    /** Ranges sorted, with overlapping and touching ones joined. */
    private static List<int[]> mergedRanges(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] range : sorted) {
            if (!out.isEmpty() && range[0] <= out.getLast()[1]) {
                out.getLast()[1] = Math.max(out.getLast()[1], range[1]);
            } else {
                out.add(range.clone());
            }
        }
        return out;
    }

    private static List<String> rangesText(List<int[]> ranges) {
        return ranges.stream().map(r -> "[" + r[0] + "," + r[1] + ")").toList();
    }

    // ---- fixtures

    /** Fanwen's title for a seed file: the file name without its number and extension. */
    private static String title(String fileName) {
        return fileName.replaceFirst("^\\d+_", "").replaceFirst("\\.txt$", "");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenSearchPluginIT.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
