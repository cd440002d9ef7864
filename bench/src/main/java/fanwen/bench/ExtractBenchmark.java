package fanwen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import fanwen.extract.Extractor;
import fanwen.model.ExtractionLimits;

/**
 * Extraction of real documents through Tika: the {@code .docx} and {@code .pdf} files of
 * {@code ../shared/corpus/formats} (official-document layout), each extracted {@code --repeat} times by
 * {@code --threads} threads sharing one {@link Extractor}. The first pass over the files, which starts the
 * parsers (Tika's start-up), is reported apart from the passes after it, and these in two halves (the JIT warms
 * up in each parser process of its own). CPU time counts the parser processes too, and is less disturbed than
 * wall time by other work on the machine. The laws of the ingest benchmark are Markdown and never reach Tika;
 * this is what a library of Word and PDF files pays.
 *
 * <p>Usage: {@code bench/run.sh extract [--formats DIR] [--repeat N] [--threads N]}
 */
public final class ExtractBenchmark {

    public static void main(String[] args) throws Exception {
        Path formats = Path.of("../shared/corpus/formats");
        int repeat = 50;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--formats" -> formats = Path.of(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isDirectory(formats)) {
            System.err.println("formats corpus not found at " + formats.toAbsolutePath() + " — skipped.");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(formats)) {
            files = walk.filter(p -> p.toString().endsWith(".docx") || p.toString().endsWith(".pdf")).sorted().toList();
        }
        System.out.printf("files: %s; threads: %d; cores: %d; java %s%n%n", files.stream().map(Path::getFileName).toList(),
                threads, Runtime.getRuntime().availableProcessors(), Runtime.version());
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        try (Extractor extractor = new Extractor(ExtractionLimits.defaults(), threads)) {
            System.out.println("| phase | files | wall | CPU, this process + its parser processes | CPU per file |");
            System.out.println("|---|---|---|---|---|");
            phase("start-up and first pass", extractor, Collections.nCopies(threads, files), threads, started, cpuStarted);
            phase("passes 1 to " + repeat / 2, extractor, Collections.nCopies(repeat / 2, files), threads,
                    System.nanoTime(), cpuNanos());
            phase("passes " + (repeat / 2 + 1) + " to " + repeat, extractor,
                    Collections.nCopies(repeat - repeat / 2, files), threads, System.nanoTime(), cpuNanos());
        }
    }

    private static void phase(String name, Extractor extractor, List<List<Path>> passes, int threads, long started,
                              long cpuStarted) throws Exception {
        List<Path> work = passes.stream().flatMap(List::stream).toList();
        long chars = pass(extractor, work, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuStarted) / 1e9;
        System.out.printf("| %s | %d (%,d chars) | %.2f s | %.2f s | %.0f ms |%n", name, work.size(), chars, seconds,
                cpuSeconds, 1000 * cpuSeconds / work.size());
    }

    /** CPU time of this process and of the processes it started that still run (the parser processes). */
    private static long cpuNanos() {
        long own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        return own + ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    private static long pass(Extractor extractor, List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong chars = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    chars.addAndGet(extractor.extract(file).text().length());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return chars.get();
    }
}
