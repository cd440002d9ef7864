package fanwen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Analysis;
import fanwen.model.AnalysisMode;
import fanwen.model.Token;

/**
 * {@code fanwen analyze TEXT}: the tokens of a text as the index ({@code --mode index}) or a query
 * ({@code --mode query}) sees them, one per line: term, start and end offsets, position, type, separated
 * by tabs. With several inputs each one's tokens follow a {@code ==> NAME <==} line.
 */
@Command(name = "analyze", description = "Show the tokens of a text or of UTF-8 text files, one per line: "
        + "term, start, end, position, type.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "the text (words are joined with spaces)")
    List<String> text = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "a UTF-8 text file to analyse (repeatable)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--mode", description = "index or query (default: ${DEFAULT-VALUE})")
    AnalysisMode mode = AnalysisMode.INDEX;

    private record Input(String name, String text) {
    }

    @Override
    public Integer call() throws Exception {
        List<Input> inputs = new ArrayList<>();
        if (!text.isEmpty()) {
            inputs.add(new Input("TEXT", String.join(" ", text)));
        }
        for (Path file : files) {
            inputs.add(new Input(file.toString(), Files.readString(file)));
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give a TEXT or --file FILE");
        }
        Analysis analysis = Analysis.of(data.folder()); // the data folder's user terms, as its index has them
        PrintWriter out = spec.commandLine().getOut();
        for (Input input : inputs) {
            if (inputs.size() > 1) {
                out.println("==> " + input.name() + " <==");
            }
            for (Token token : analysis.tokens(input.text(), mode)) {
                out.println(token.term() + "\t" + token.start() + "\t" + token.end() + "\t" + token.position()
                        + "\t" + token.type());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
