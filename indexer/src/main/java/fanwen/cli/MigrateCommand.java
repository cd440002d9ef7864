package fanwen.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.ClusterAddress;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;

/**
 * {@code fanwen migrate --to URL} / {@code --from URL}: moves the library of the data folder to a cluster or back, by
 * indexing every document again from its original (the edits kept), with a progress bar and a summary.
 */
@Command(name = "migrate", description = "Move the library of the data folder to an OpenSearch cluster (--to) or "
        + "back (--from), indexing each document again from its original; run again, it skips what is there.")
public final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Direction direction;

    @Mixin
    ClusterAccessOption access;

    @Option(names = "--threads", description = "worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    /** Where the library goes: to a cluster, or from one into the data folder's index. */
    static final class Direction {
        @Option(names = "--to", paramLabel = "URL", split = ",", required = true,
                description = "the cluster to move the data folder's library to (addresses of some of its nodes)")
        List<String> to;

        @Option(names = "--from", paramLabel = "URL", split = ",", required = true,
                description = "the cluster to move the library from, into the data folder's index")
        List<String> from;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ClusterAddress> to = Optional.ofNullable(direction.to).map(urls -> access.at(urls, err));
        Optional<ClusterAddress> from = Optional.ofNullable(direction.from).map(urls -> access.at(urls, err));
        long started = System.nanoTime();
        ProgressBar progress = new ProgressBar(err, Terminal.isInteractive());
        List<IngestResult> results = Engine.migrate(data.folder(), from, to, ExtractionLimits.defaults(), threads,
                progress);
        progress.finish();
        printSummary(out, results, Duration.ofNanos(System.nanoTime() - started),
                to.or(() -> from).orElseThrow(), to.isPresent());
        return results.stream().anyMatch(r -> r.status() == IngestStatus.FAILED) ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static void printSummary(PrintWriter out, List<IngestResult> results, Duration took,
                                     ClusterAddress cluster, boolean toCluster) {
        Map<IngestStatus, Long> counts = results.stream()
                .collect(Collectors.groupingBy(IngestResult::status, Collectors.counting()));
        long replaced = results.stream().filter(r -> r.replaced().isPresent()).count();
        long indexed = counts.getOrDefault(IngestStatus.INDEXED, 0L);
        out.printf("%s %s (prefix %s): %d documents in %.1f s%n", toCluster ? "已迁移到 migrated to" : "已迁回 migrated from",
                cluster.hosts(), cluster.indexPrefix(), results.size(), took.toMillis() / 1000.0);
        out.printf("新增 copied: %d   更新 replaced: %d   已有跳过 already there, skipped: %d   失败 failed: %d%n",
                indexed - replaced, replaced, counts.getOrDefault(IngestStatus.UNCHANGED, 0L),
                counts.getOrDefault(IngestStatus.FAILED, 0L));
        for (IngestResult r : results) {
            if (r.replaced().isPresent()) {
                out.printf("  更新 %s (%s): the target held another state of it, indexed again%n", r.source(),
                        r.id().orElse("?"));
            } else if (r.status() == IngestStatus.FAILED) {
                out.printf("  失败 %s: %s — %s%n", r.source(), r.error().orElse("?"), r.detail().orElse(""));
            }
        }
        out.flush();
    }
}
