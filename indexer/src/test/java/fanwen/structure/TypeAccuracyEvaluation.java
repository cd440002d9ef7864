package fanwen.structure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
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
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fanwen.analysis.WordCounts;
import fanwen.index.Analyzers;
import fanwen.model.DocumentType;

/**
 * Benchmark, not a unit test: type accuracy of {@link DocumentStructurer} against the hand-labelled
 * {@code bench/structure/types.tsv}, per source and overall, plus structuring time against HanLP
 * segmentation of the same text, and the passage invariants on every document used. Reads the shared
 * corpus ({@code ../shared} beside the repository, or {@code -Dfanwen.shared=…}); skipped without it.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -o -q -B -pl indexer -am test
 * -Dtest=TypeAccuracyEvaluation -Dsurefire.failIfNoSpecifiedTests=false -Dfanwen.bench=true}
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "fanwen.bench", matches = "true")
class TypeAccuracyEvaluation {
    private static final Pattern SEED_ID = Pattern.compile("^(seed/[^#]+)#L(\\d+)$");

    private record Labelled(String id, String source, DocumentType expected, String text, String fileName,
                            Optional<String> manifestTitle, Optional<Integer> manifestYear) {
    }

    @Test
    void typeAccuracyAndTiming() throws IOException {
        Path root = repositoryRoot();
        Path shared = Path.of(System.getProperty("fanwen.shared", root.resolveSibling("shared").toString()));
        assumeTrue(Files.isDirectory(shared), "no shared corpus at " + shared);
        List<Labelled> docs = load(root.resolve("bench/structure/types.tsv"), shared);

        DocumentStructurer structurer = new DocumentStructurer();
        Analyzer indexAnalyzer = Analyzers.index();
        Segment segment = HanLP.newSegment();
        for (Labelled d : docs.subList(0, Math.min(10, docs.size()))) { // warm up JIT and dictionaries
            structurer.structure(d.text, d.fileName, Optional.empty(), WordCounts.of(indexAnalyzer, d.text));
            segment.seg(d.text);
        }
        Map<String, int[]> bySource = new LinkedHashMap<>();
        Map<String, int[]> bySourceWithTitle = new LinkedHashMap<>();
        Map<String, int[]> years = new LinkedHashMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        long structureNanos = 0;
        long segmentNanos = 0;
        long keywordSummaryNanos = 0;
        long countNanos = 0;
        long chars = 0;
        KeywordExtractor keywords = new KeywordExtractor();
        SummaryExtractor summaries = new SummaryExtractor();
        for (Labelled d : docs) {
            long t0 = System.nanoTime();
            Map<String, Integer> counts = WordCounts.of(indexAnalyzer, d.text); // the indexer's own analysis
            long t1 = System.nanoTime();
            StructuredDocument s = structurer.structure(d.text, d.fileName, Optional.empty(), counts);
            long t2 = System.nanoTime();
            segment.seg(d.text);
            long t3 = System.nanoTime();
            keywords.extract(s.title(), counts);
            summaries.extract(d.text, s.title(), s.passages());
            long t4 = System.nanoTime();
            countNanos += t1 - t0;
            structureNanos += t2 - t1;
            segmentNanos += t3 - t2;
            keywordSummaryNanos += t4 - t3;
            chars += d.text.length();

            tally(bySource, d.source, s.type() == d.expected);
            if (s.type() != d.expected) {
                confusions.merge(d.source + ": " + d.expected.label() + " → " + s.type().label(), 1, Integer::sum);
                System.out.println("MISS " + d.id + " expected " + d.expected.label() + " got " + s.type().label()
                        + " (title " + s.title() + ")");
            }
            DocumentType withTitle = structurer.structure(d.text, d.fileName, d.manifestTitle, counts).type();
            tally(bySourceWithTitle, d.source, withTitle == d.expected);
            d.manifestYear.ifPresent(y -> {
                tally(years, d.source, s.year().equals(Optional.of(y)));
                if (!s.year().equals(Optional.of(y))) {
                    System.out.println("YEAR " + d.id + " expected " + y + " got " + s.year() + " " + s.date());
                }
            });
            StructureInvariants.violations(d.text, s).forEach(v -> violations.add(d.id + ": " + v));
        }
        System.out.println("== type accuracy (file name + text, no metadata title)");
        print(bySource);
        System.out.println("== type accuracy (with the manifest title as metadata title)");
        print(bySourceWithTitle);
        System.out.println("== year = manifest year (documents whose manifest has a year)");
        print(years);
        System.out.println("== confusions");
        confusions.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.printf("== timing over %d documents, %d chars, %d cores%n", docs.size(), chars,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  structure, given word counts   %.1f ms/doc%n", structureNanos / 1e6 / docs.size());
        System.out.printf("  HanLP segmentation, full text  %.1f ms/doc%n", segmentNanos / 1e6 / docs.size());
        System.out.printf("  word counts (indexing analysis, done anyway) %.1f ms/doc%n", countNanos / 1e6 / docs.size());
        System.out.printf("  keywords + summary (w/o seg)   %.2f ms/doc%n", keywordSummaryNanos / 1e6 / docs.size());
        System.out.println("== invariant violations: " + violations.size());
        violations.stream().limit(20).forEach(v -> System.out.println("  " + v));
        assertTrue(violations.isEmpty(), "passage invariants broken: " + violations.size());
    }

    private static void tally(Map<String, int[]> counts, String source, boolean hit) {
        int[] c = counts.computeIfAbsent(source, k -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
    }

    private static void print(Map<String, int[]> counts) {
        int hits = 0;
        int total = 0;
        for (var e : counts.entrySet()) {
            System.out.printf("  %-30s %3d/%3d  %.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    100.0 * e.getValue()[0] / e.getValue()[1]);
            hits += e.getValue()[0];
            total += e.getValue()[1];
        }
        System.out.printf("  %-30s %3d/%3d  %.1f%%%n", "overall", hits, total, 100.0 * hits / Math.max(1, total));
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("bench/structure/types.tsv"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("bench/structure/types.tsv not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Reads the labels and the texts they name: seed essays by start line, corpus files, laws from the tarball. */
    private static List<Labelled> load(Path tsv, Path shared) throws IOException {
        List<String[]> rows = Files.readAllLines(tsv).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        Map<String, String> laws = readLaws(shared, rows);
        Map<String, Map<String, Object>> manifests = new HashMap<>();
        List<Labelled> docs = new ArrayList<>();
        for (String[] row : rows) {
            String id = row[0];
            DocumentType expected = DocumentType.fromLabel(row[1]).orElseThrow(() -> new IllegalArgumentException(row[1]));
            Matcher seed = SEED_ID.matcher(id);
            if (seed.matches()) {
                String text = seedDocument(shared.resolve(seed.group(1)), Integer.parseInt(seed.group(2)));
                docs.add(new Labelled(id, "seed", expected, text, Path.of(seed.group(1)).getFileName().toString(),
                        Optional.empty(), Optional.empty()));
            } else if (id.contains("laws.tar.gz!")) {
                String entry = id.substring(id.indexOf('!') + 1);
                String text = laws.get(entry);
                docs.add(new Labelled(id, "laws", expected, text, Path.of(entry).getFileName().toString(),
                        Optional.empty(), Optional.empty()));
            } else {
                Path file = shared.resolve(id);
                String folder = Path.of(id).getName(1).toString();
                Map<String, Object> meta = manifestRow(manifests, shared.resolve("corpus").resolve(folder),
                        file.getParent().getFileName() + "/" + file.getFileName());
                docs.add(new Labelled(id, folder, expected, Files.readString(file), file.getFileName().toString(),
                        Optional.ofNullable((String) meta.get("title")),
                        Optional.ofNullable((String) meta.get("year")).map(Integer::parseInt)));
            }
        }
        return docs;
    }

    /** Lines 1–2 are page metadata; an essay runs from its start line to the next essay's. */
    private static String seedDocument(Path file, int startLine) throws IOException {
        List<Integer> starts = List.of(3, 8, 19, 30, 49, 66, 71, 75, 99, 124, 152, 157);
        List<String> lines = Files.readAllLines(file);
        int i = starts.indexOf(startLine);
        int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : lines.size();
        return String.join("\n", lines.subList(startLine - 1, end)) + "\n";
    }

    private static Map<String, Object> manifestRow(Map<String, Map<String, Object>> cache, Path folder, String path)
            throws IOException {
        if (cache.isEmpty() || !cache.containsKey(folder + "/" + path)) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            for (String line : Files.readAllLines(folder.resolve("manifest.jsonl"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> row = mapper.readValue(line, Map.class);
                cache.put(folder + "/" + row.get("path"), row);
            }
        }
        return cache.getOrDefault(folder + "/" + path, Map.of());
    }

    private static Map<String, String> readLaws(Path shared, List<String[]> rows) throws IOException {
        Map<String, String> wanted = new HashMap<>();
        rows.stream().map(r -> r[0]).filter(id -> id.contains("laws.tar.gz!"))
                .forEach(id -> wanted.put(id.substring(id.indexOf('!') + 1), null));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(shared.resolve("corpus/laws.tar.gz")));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                String name = e.getName().startsWith("./") ? e.getName().substring(2) : e.getName();
                if (wanted.containsKey(name)) {
                    wanted.put(name, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        wanted.forEach((k, v) -> {
            if (v == null) {
                throw new IllegalStateException("not in laws.tar.gz: " + k);
            }
        });
        return wanted;
    }
}
