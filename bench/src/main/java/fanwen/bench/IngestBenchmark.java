package fanwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

import fanwen.analysis.BigramAnalyzer;
import fanwen.analysis.ChineseAnalyzer;
import fanwen.analysis.DomainDictionary;
import fanwen.analysis.HanLPTokenizer;
import fanwen.analysis.WordCounts;
import fanwen.engine.Engine;
import fanwen.extract.Extractor;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.SourceFile;
import fanwen.structure.DocumentStructurer;

/**
 * Ingest throughput over the laws of {@code ../shared/corpus/laws.tar.gz}: extraction, analysis and
 * structure each on their own (all cores), then the whole pipeline into a fresh index. Prints Markdown
 * rows for {@code bench/RESULTS.md}.
 *
 * <p>Usage: {@code bench/run.sh ingest [--laws PATH] [--threads N] [--limit FILES]}
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        Path laws = Corpora.DEFAULT_LAWS;
        int threads = Runtime.getRuntime().availableProcessors();
        int limit = Integer.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--laws" -> laws = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Corpora.requireLaws(laws);
        Path work = Path.of("bench/target/ingest");
        Path unpacked = Corpora.unpackLaws(laws, work.resolve("laws"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(unpacked)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().limit(limit).toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("corpus: %s — %d files, %.1f MB; threads: %d; cores: %d; java %s%n%n", laws, files.size(),
                bytes / 1e6, threads, Runtime.getRuntime().availableProcessors(), Runtime.version());
        DomainDictionary.loadBundled();

        List<String> texts = Collections.synchronizedList(new ArrayList<>());
        try (Extractor extractor = new Extractor(ExtractionLimits.defaults(), threads)) {
            Stage extraction = run("extraction (Tika)", threads, files, file -> {
                String text = extractor.extract(file).text();
                texts.add(text);
                return text.length();
            });
            print(extraction, files.size());
        }
        Analyzer words = new ChineseAnalyzer(HanLPTokenizer.Mode.INDEX, false);
        Analyzer bigrams = new BigramAnalyzer();
        Map<String, Map<String, Integer>> wordCounts = new ConcurrentHashMap<>();
        print(run("analysis (HanLP index mode, word counts)", threads, texts, text -> {
            wordCounts.put(text, WordCounts.of(words, text));
            return text.length();
        }), texts.size());
        print(run("analysis (bigrams)", threads, texts, text -> consume(bigrams, text)), texts.size());
        DocumentStructurer structurer = new DocumentStructurer();
        print(run("structure (headings, passages, metadata, given the word counts)", threads, texts, text -> {
            structurer.structure(text, "law.md", java.util.Optional.empty(), wordCounts.get(text));
            return text.length();
        }), texts.size());
        wordCounts.clear();

        Path data = work.resolve("data");
        deleteTree(data);
        try (Engine engine = Engine.open(new DataFolder(data), ExtractionLimits.defaults(), threads)) {
            List<SourceFile> sources = engine.collect(List.of(unpacked)).files().stream()
                    .limit(limit).toList();
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            List<IngestResult> results = engine.ingest(sources, IngestListener.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            long chars = results.stream().mapToLong(IngestResult::chars).sum();
            long indexed = results.stream().filter(r -> r.status() == IngestStatus.INDEXED).count();
            long failed = results.stream().filter(r -> r.status() == IngestStatus.FAILED).count();
            System.out.printf("| end to end (hash, extract, structure, analyse, index, commit) | %.1f s | %.2f M chars/s | %.0f docs/s |%n",
                    seconds, chars / seconds / 1e6, indexed / seconds);
            System.out.printf("%nCPU time of the whole process during ingest: %.1f s (%.2f M chars per CPU-second)%n",
                    cpuSeconds, chars / cpuSeconds / 1e6);
            System.out.printf("indexed %d, failed %d, duplicates %d; %,d chars; index %.1f MB; passages %d%n",
                    indexed, failed, results.size() - indexed - failed, chars, engine.stats().sizeOnDisk() / 1e6,
                    engine.health().passages());
        }
    }

    private record Stage(String name, double seconds, long chars) {
    }

    @FunctionalInterface
    private interface Work<T> {
        long apply(T item) throws Exception;
    }

    private static <T> Stage run(String name, int threads, List<T> items, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong chars = new AtomicLong();
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    chars.addAndGet(work.apply(item));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Stage(name, (System.nanoTime() - started) / 1e9, chars.get());
    }

    private static void print(Stage stage, int docs) {
        System.out.printf("| %s | %.1f s | %.2f M chars/s | %.0f docs/s |%n", stage.name, stage.seconds,
                stage.chars / stage.seconds / 1e6, docs / stage.seconds);
    }

    /** CPU time used by this process so far, all threads (less sensitive than wall time to other load). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long consume(Analyzer analyzer, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            stream.reset();
            while (stream.incrementToken()) {
                // tokens are produced and dropped: this measures analysis alone
            }
            stream.end();
        }
        return text.length();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
