package fanwen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.Facet;
import fanwen.model.LibraryStats;

/** {@code fanwen stats}: what the index holds. */
@Command(name = "stats", description = "Show what the index holds.")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = Engine.openReadOnly(data.folder(), cluster.address())) {
            OutdatedIndex.warn(engine, spec.commandLine().getErr());
            LibraryStats stats = engine.stats();
            out.printf("data folder: %s%n", data.folder().root().toAbsolutePath());
            out.printf("documents:   %,d%n", stats.documents());
            out.printf("passages:    %,d%n", stats.passages());
            out.printf("index size:  %.1f MB%n", stats.sizeOnDisk() / 1e6);
            for (Facet facet : Facet.values()) {
                out.printf("%-12s %s%n", facet.key() + ":", String.join("  ", stats.facets().get(facet).stream()
                        .limit(12).map(v -> v.value() + " " + v.count()).toList()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
