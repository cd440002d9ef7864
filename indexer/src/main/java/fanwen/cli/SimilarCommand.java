package fanwen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.SimilarDocument;
import fanwen.model.SimilarPassage;

/**
 * {@code fanwen similar ID}: the documents most like document ID (or, for a passage id {@code <docid>-<n>},
 * the passages most like it), with their similarity; near duplicates are marked.
 */
@Command(name = "similar", description = "Documents (or, for a passage id DOCID-N, passages) most like the given"
        + " one; near duplicates marked 近似重复.")
public final class SimilarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Parameters(paramLabel = "ID", description = "a document id, or a passage id <docid>-<n>")
    String id;

    @Option(names = "--size", description = "how many to list (default: ${DEFAULT-VALUE})")
    int size = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TerminalStyle style = TerminalStyle.forStdout();
        int listSize = Math.max(1, Math.min(size, 100));
        try (Engine engine = Engine.openReadOnly(data.folder(), cluster.address())) {
            OutdatedIndex.warn(engine, spec.commandLine().getErr());
            boolean passage = id.contains("-");
            boolean found = passage ? printPassages(engine.similarPassages(id, listSize), out, style)
                    : printDocuments(engine.similarDocuments(id, listSize), out, style);
            if (!found) {
                spec.commandLine().getErr().println("没有这个" + (passage ? "段落" : "文档") + " no such id: " + id);
                return ExitCodes.FAILURE;
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean printDocuments(Optional<List<SimilarDocument>> similar, PrintWriter out,
                                          TerminalStyle style) {
        similar.ifPresent(hits -> hits.forEach(s -> out.printf(Locale.ROOT, "%.2f %s %s  %s  %s%n", s.similarity(),
                s.nearDuplicate() ? "近似重复" : "        ", style.bold(s.hit().title()), style.dim(s.hit().source()),
                style.dim(s.hit().id()))));
        return similar.isPresent();
    }

    private static boolean printPassages(Optional<List<SimilarPassage>> similar, PrintWriter out,
                                         TerminalStyle style) {
        similar.ifPresent(hits -> hits.forEach(s -> {
            out.printf(Locale.ROOT, "%.2f %s %s  %s%n", s.similarity(), s.nearDuplicate() ? "近似重复" : "        ",
                    style.bold(s.hit().title()), style.dim(s.hit().passageId()));
            out.println("   " + style.highlight(s.hit().snippet()));
        }));
        return similar.isPresent();
    }
}
