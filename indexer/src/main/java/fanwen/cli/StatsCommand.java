package fanwen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import fanwen.engine.Engine;
import fanwen.index.FanwenIndex;
import fanwen.search.FacetCount;
import fanwen.search.SearchRequest;

/** {@code fanwen stats}: what the index holds. */
@Command(name = "stats", description = "Show what the index holds.")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Engine engine = Engine.openReadOnly(data.folder())) {
            OutdatedIndex.warn(engine, spec.commandLine().getErr());
            FanwenIndex.IndexCounts counts = engine.index().counts();
            out.printf("data folder: %s%n", data.folder().root().toAbsolutePath());
            out.printf("documents:   %,d%n", counts.documents());
            out.printf("passages:    %,d%n", counts.passages());
            out.printf("index size:  %.1f MB%n", engine.index().sizeOnDisk() / 1e6);
            Map<String, List<FacetCount>> facets = engine.searcher().facets(SearchRequest.of(""));
            facets.forEach((field, values) -> out.printf("%-12s %s%n", field + ":",
                    String.join("  ", values.stream().limit(12).map(v -> v.value() + " " + v.count()).toList())));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
