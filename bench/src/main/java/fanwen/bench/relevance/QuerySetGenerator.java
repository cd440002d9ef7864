package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Generates the query sets (a)–(c) of the relevance benchmark into {@code bench/queries/}, deterministically
 * (fixed seed). Targets are the bundled documents (seed essays and reports), never the laws; document
 * frequencies are counted over the whole collection, laws included. Words come from Lucene's
 * SmartChineseAnalyzer, not HanLP, so the queries do not follow Fanwen's own segmentation.
 *
 * <ul>
 * <li>{@code known-item.tsv} — 2–4 words a user remembers from one paragraph (≥ 60 Han characters) of the
 *     target: words of ≥ 2 characters found in at most {@value #RARE_SHARE} of the documents, one per sentence.</li>
 * <li>{@code phrases.tsv} — a quoted run of 5–9 Han characters of a paragraph, cut at word boundaries, found
 *     in at most {@value #PHRASE_MAX_DF} documents.</li>
 * <li>{@code reworded.tsv} — a known-item query over a paragraph holding one word of {@code synonyms.tsv},
 *     that word replaced by its synonym (which the paragraph does not contain).</li>
 * </ul>
 * Columns: {@code query<TAB>target_key<TAB>note}. Usage: {@code bench/run.sh relevance-queries [--seed N]
 * [--corpus DIR] [--laws FILE] [--queries DIR]}.
 */
public final class QuerySetGenerator {

    private static final double RARE_SHARE = 0.01;
    private static final int PHRASE_MAX_DF = 3;
    private static final int MIN_HAN = 60;
    private static final int KNOWN_ITEM = 100;
    private static final int PHRASES = 100;
    private static final int REWORDED = 60;

    /** A word of a paragraph and the sentence it is in. */
    private record Word(String text, int start, int end, int sentence) {
    }

    /** A paragraph of a target document with its words. */
    private record Paragraph(Collection.Doc doc, String text, List<Word> words) {
    }

    public static void main(String[] args) throws Exception {
        GeneratorOptions given = GeneratorOptions.parse(args, 20261128L);
        long seed = given.seed();
        Path queries = given.queries();
        Collection collection = given.collection();
        Map<String, String> synonyms = synonyms(queries.resolve("synonyms.tsv"));
        Random random = new Random(seed);

        List<List<Paragraph>> byDoc = new ArrayList<>();
        try (Analyzer smartcn = new SmartChineseAnalyzer()) {
            for (Collection.Doc doc : collection.targets()) {
                List<Paragraph> paragraphs = new ArrayList<>();
                for (String line : doc.text().split("\n")) {
                    String text = line.strip();
                    if (hanCount(text) >= MIN_HAN) {
                        paragraphs.add(new Paragraph(doc, text, words(smartcn, text)));
                    }
                }
                if (!paragraphs.isEmpty()) {
                    byDoc.add(paragraphs);
                }
            }
        }
        // Candidates first, then one pass over the collection for the document frequencies they need.
        List<Paragraph> sample = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            List<Paragraph> doc = byDoc.get(random.nextInt(byDoc.size()));
            sample.add(doc.get(random.nextInt(doc.size())));
        }
        Set<String> candidates = new HashSet<>();
        for (Paragraph p : sample) {
            p.words.forEach(w -> candidates.add(w.text));
            phraseCandidates(p).forEach(candidates::add);
        }
        Map<String, Integer> df = documentFrequencies(collection, candidates);
        int rareMax = (int) Math.floor(RARE_SHARE * collection.docs().size());

        Map<String, String[]> knownItem = new LinkedHashMap<>();
        Map<String, String[]> phrases = new LinkedHashMap<>();
        Map<String, String[]> reworded = new LinkedHashMap<>();
        for (Paragraph p : sample) {
            if (knownItem.size() < KNOWN_ITEM) {
                List<Word> picked = pickRare(p, df, rareMax, 2 + random.nextInt(3), Set.of(), random);
                if (picked.size() >= 2) {
                    add(knownItem, join(picked, null, null), p.doc.key(), "df≤" + rareMax + ", from one paragraph");
                }
            }
            if (phrases.size() < PHRASES) {
                List<String> options = phraseCandidates(p).stream().filter(s -> df.getOrDefault(s, 99) <= PHRASE_MAX_DF)
                        .toList();
                if (!options.isEmpty()) {
                    String phrase = options.get(random.nextInt(options.size()));
                    add(phrases, "\"" + phrase + "\"", p.doc.key(), "df=" + df.get(phrase));
                }
            }
            if (reworded.size() < REWORDED) {
                List<Word> swappable = p.words.stream().filter(w -> synonyms.containsKey(w.text)
                        && !p.text.contains(synonyms.get(w.text))).toList();
                if (!swappable.isEmpty()) {
                    Word swap = swappable.get(random.nextInt(swappable.size()));
                    List<Word> picked = pickRare(p, df, rareMax, 1 + random.nextInt(3), Set.of(swap.sentence), random);
                    if (!picked.isEmpty()) {
                        picked = new ArrayList<>(picked);
                        picked.add(swap);
                        picked.sort(Comparator.comparingInt(Word::start));
                        String replacement = synonyms.get(swap.text);
                        add(reworded, join(picked, swap, replacement), p.doc.key(), swap.text + "→" + replacement);
                    }
                }
            }
        }
        write(queries.resolve("known-item.tsv"), knownItem);
        write(queries.resolve("phrases.tsv"), phrases);
        write(queries.resolve("reworded.tsv"), reworded);
        System.out.printf("seed %d: %d known-item, %d phrase, %d reworded queries over %d target documents → %s%n",
                seed, knownItem.size(), phrases.size(), reworded.size(), byDoc.size(), queries);
    }

    /** Up to {@code count} rare words of {@code p}, one per sentence (sentences in {@code avoid} skipped), in text order. */
    private static List<Word> pickRare(Paragraph p, Map<String, Integer> df, int rareMax, int count, Set<Integer> avoid,
                                       Random random) {
        Map<Integer, List<Word>> bySentence = new TreeMap<>();
        for (Word w : p.words) {
            int f = df.getOrDefault(w.text, Integer.MAX_VALUE);
            if (f >= 1 && f <= rareMax && !avoid.contains(w.sentence)) {
                bySentence.computeIfAbsent(w.sentence, s -> new ArrayList<>()).add(w);
            }
        }
        List<Integer> sentences = new ArrayList<>(bySentence.keySet());
        Collections.shuffle(sentences, random);
        List<Word> picked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int s : sentences.subList(0, Math.min(count, sentences.size()))) {
            List<Word> options = bySentence.get(s);
            Word w = options.get(random.nextInt(options.size()));
            if (seen.add(w.text)) {
                picked.add(w);
            }
        }
        picked.sort(Comparator.comparingInt(Word::start));
        return picked;
    }

    private static String join(List<Word> words, Word swap, String replacement) {
        List<String> parts = new ArrayList<>();
        for (Word w : words) {
            parts.add(w == swap ? replacement : w.text);
        }
        return String.join(" ", parts);
    }

    private static void add(Map<String, String[]> set, String query, String key, String note) {
        set.putIfAbsent(query, new String[] {query, key, note});
    }

    /** Runs of 5–9 Han characters of {@code p} that start and end on word boundaries. */
    private static List<String> phraseCandidates(Paragraph p) {
        List<String> out = new ArrayList<>();
        List<Word> words = p.words;
        for (int i = 0; i < words.size(); i++) {
            for (int j = i; j < words.size(); j++) {
                int start = words.get(i).start;
                int end = words.get(j).end;
                if (end - start > 9) {
                    break;
                }
                if (end - start >= 5 && hanCount(p.text.substring(start, end)) == end - start) {
                    out.add(p.text.substring(start, end));
                }
            }
        }
        return out;
    }

    /**
     * SmartChineseAnalyzer words of {@code text} (Han characters only), with offsets and sentence numbers. Single
     * characters are kept: they only help cut phrases, as query words need a document frequency, counted for ≥ 2 chars.
     */
    private static List<Word> words(Analyzer analyzer, String text) throws IOException {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                String word = text.substring(start, end);
                if (hanCount(word) == word.length()) {
                    words.add(new Word(word, start, end, sentenceAt(text, start)));
                }
            }
            stream.end();
        }
        return words;
    }

    private static int sentenceAt(String text, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if ("。！？；".indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** In how many documents each candidate string occurs (substring containment; laws included). */
    private static Map<String, Integer> documentFrequencies(Collection collection, Set<String> candidates) {
        Set<Integer> lengths = new TreeSet<>();
        Set<String> prefixes = new HashSet<>();
        for (String c : candidates) {
            if (c.length() >= 2) {
                lengths.add(c.length());
                prefixes.add(c.substring(0, 2));
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Collection.Doc doc : collection.docs()) {
            String text = doc.text();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i + 2 <= text.length(); i++) {
                if (!prefixes.contains(text.substring(i, i + 2))) {
                    continue;
                }
                for (int len : lengths) {
                    if (i + len > text.length()) {
                        break;
                    }
                    String s = text.substring(i, i + len);
                    if (candidates.contains(s)) {
                        seen.add(s);
                    }
                }
            }
            seen.forEach(s -> df.merge(s, 1, Integer::sum));
        }
        return df;
    }

    private static Map<String, String> synonyms(Path file) throws IOException {
        Map<String, String> both = new HashMap<>();
        for (String[] row : QuerySet.rows(file)) {
            both.putIfAbsent(row[0].strip(), row[1].strip());
            both.putIfAbsent(row[1].strip(), row[0].strip());
        }
        return both;
    }

    /** How many of the chars of {@code s} are Han characters. */
    static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    private static void write(Path file, Map<String, String[]> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# query\ttarget_key\tnote — generated by QuerySetGenerator (bench/run.sh relevance-queries); do not edit by hand");
        rows.values().forEach(r -> lines.add(String.join("\t", r)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
