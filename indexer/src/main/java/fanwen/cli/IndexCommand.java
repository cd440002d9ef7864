package fanwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.ExtractionLimits;
import fanwen.model.FileBatch;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;

/** {@code fanwen index PATH...}: ingests files and folder trees, with a progress bar and a summary. */
@Command(name = "index", description = "Index files and folders (default: the bundled corpus).")
public final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders to index")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--threads", description = "worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-mb", description = "largest file accepted, in MB (default: ${DEFAULT-VALUE})")
    long maxFileMb = ExtractionLimits.defaults().maxFileBytes() / (1024 * 1024);

    @Option(names = "--max-chars", description = "most characters extracted from one file (default: ${DEFAULT-VALUE})")
    int maxChars = ExtractionLimits.defaults().maxChars();

    @Option(names = "--timeout", description = "seconds allowed to extract one file (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = ExtractionLimits.defaults().maxTimePerFile().toSeconds();

    @Option(names = "--parser-heap-mb",
            description = "heap of each parser process, in MB: a file needing more fails (default: ${DEFAULT-VALUE})")
    long parserHeapMb = ExtractionLimits.defaults().maxParserHeapBytes() / (1024 * 1024);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> targets = paths;
        if (targets.isEmpty()) {
            Path corpus = BundledCorpus.locate().orElseThrow(() ->
                    new IllegalArgumentException("no PATH given and no bundled corpus found"));
            targets = List.of(corpus);
        }
        ExtractionLimits limits = ExtractionLimits.defaults().withMaxFileBytes(maxFileMb * 1024 * 1024)
                .withMaxChars(maxChars).withMaxTimePerFile(Duration.ofSeconds(timeoutSeconds))
                .withMaxParserHeapBytes(parserHeapMb * 1024 * 1024);
        long started = System.nanoTime();
        try (Engine engine = Engine.open(data.folder(), cluster.address(), limits, threads)) {
            OutdatedIndex.rebuild(engine, err);
            FileBatch collected = engine.collect(targets);
            ProgressBar progress = new ProgressBar(err, Terminal.isInteractive());
            List<IngestResult> results = new ArrayList<>(collected.unreadable());
            results.addAll(engine.ingest(collected.files(), progress));
            progress.finish();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            printSummary(out, results, collected.skipped(), took, sourcesOfDuplicated(engine, results));
            boolean anyFailed = results.stream().anyMatch(r -> r.status() == IngestStatus.FAILED);
            Path log = data.folder().log();
            if (anyFailed && Files.exists(log)) {
                out.println("  详情见日志 details in " + log.toAbsolutePath());
                out.flush();
            }
            return anyFailed ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }

    private static final int MAX_SKIPPED_LISTED = 20;

    /** The source of each document a file of {@code results} duplicates, by id. */
    private static Map<String, String> sourcesOfDuplicated(Engine engine, List<IngestResult> results)
            throws IOException {
        Map<String, String> sources = new HashMap<>();
        for (String id : results.stream().flatMap(r -> r.duplicateOf().stream()).distinct().toList()) {
            engine.document(id).ifPresent(d -> sources.put(id, d.source()));
        }
        return sources;
    }

    private static void printSummary(PrintWriter out, List<IngestResult> results, List<Path> skipped,
                                     Duration took, Map<String, String> sourcesOfDuplicated) {
        Map<IngestStatus, Long> counts = results.stream()
                .collect(Collectors.groupingBy(IngestResult::status, Collectors.counting()));
        long chars = results.stream().mapToLong(IngestResult::chars).sum();
        double seconds = Math.max(0.001, took.toMillis() / 1000.0);
        long replaced = results.stream().filter(r -> r.replaced().isPresent()).count();
        out.printf("已索引 indexed: %d (更新 replaced: %d)   未变 unchanged: %d   重复 duplicates: %d   失败 failed: %d   跳过 skipped: %d%n",
                counts.getOrDefault(IngestStatus.INDEXED, 0L), replaced, counts.getOrDefault(IngestStatus.UNCHANGED, 0L),
                counts.getOrDefault(IngestStatus.DUPLICATE, 0L), counts.getOrDefault(IngestStatus.FAILED, 0L),
                skipped.size());
        out.printf("用时 %.1f s, %,d chars (%.2f M chars/s)%n", seconds, chars, chars / seconds / 1e6);
        for (IngestResult r : results) {
            r.replaced().ifPresent(old -> out.printf("  更新 %s (替换旧版本 replaces %s)%n", r.source(), old));
            if (r.status() == IngestStatus.DUPLICATE) {
                String id = r.duplicateOf().orElseThrow();
                out.printf("  重复 %s = %s (%s)%n", r.source(), sourcesOfDuplicated.getOrDefault(id, "?"), id);
            } else if (r.status() == IngestStatus.FAILED) {
                out.printf("  失败 %s: %s%n", r.source(), r.error().orElse("?"));
            }
        }
        skipped.stream().limit(MAX_SKIPPED_LISTED)
                .forEach(p -> out.printf("  跳过 %s (不支持的扩展名 unsupported extension)%n", p));
        if (skipped.size() > MAX_SKIPPED_LISTED) {
            out.printf("  … 另有 %d 个文件被跳过%n", skipped.size() - MAX_SKIPPED_LISTED);
        }
        out.flush();
    }
}
