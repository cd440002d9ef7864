package fanwen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.Suggestion;

/** {@code fanwen suggest INPUT}: completions of what was typed, in Chinese or pinyin, one per line. */
@Command(name = "suggest", description = "Complete a key phrase or title from Chinese or pinyin input (guazhi, gzgb).")
public final class SuggestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "what was typed so far, e.g. 挂职 or guazhi")
    List<String> input;

    @Option(names = "--size", description = "suggestions to show (default: ${DEFAULT-VALUE})")
    int size = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TerminalStyle style = TerminalStyle.forStdout();
        try (Engine engine = Engine.openReadOnly(data.folder(), cluster.address())) {
            OutdatedIndex.warn(engine, spec.commandLine().getErr());
            for (Suggestion suggestion : engine.suggest(String.join(" ", input), size)) {
                out.println(suggestion.text() + "  " + style.dim(suggestion.kind()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
