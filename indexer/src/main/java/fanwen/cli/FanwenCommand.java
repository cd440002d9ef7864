package fanwen.cli;

import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import fanwen.model.DataFolder;

/**
 * The {@code fanwen} command and its engine subcommands. The server module adds {@code serve} to the
 * same command line, so the engine knows nothing of HTTP.
 */
@Command(name = "fanwen", mixinStandardHelpOptions = true, version = "fanwen 0.1.0",
        description = "范文 — search engine and knowledge base for Chinese work summaries, speeches and reports.",
        subcommands = {IndexCommand.class, SearchCommand.class, SuggestCommand.class, SimilarCommand.class,
                CheckCommand.class, StatsCommand.class, DeleteCommand.class, MigrateCommand.class, AnalyzeCommand.class,
                DictionaryCommand.class, SynonymsCommand.class, BackupCommand.class, RestoreCommand.class})
public final class FanwenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The message of {@code e}, with its cause's when it has one (e.g. a worker's failure). */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        return cause == null || cause == e || message.contains(String.valueOf(cause.getMessage()))
                ? message : message + " — " + cause;
    }

    /**
     * A command line with the engine subcommands, ready for more to be added. The engine's commands log to
     * their data folder ({@link LogFile}); commands added later ({@code serve}) log to the console.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new FanwenCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("错误: " + describe(e));
            return ExitCodes.FAILURE;
        });
        List<CommandLine> engineCommands = List.copyOf(cli.getSubcommands().values());
        cli.setExecutionStrategy(parsed -> execute(parsed, engineCommands));
        return cli;
    }

    /** Runs the command chosen; one of {@code engineCommands} with its log going to its data folder. */
    private static int execute(ParseResult parsed, List<CommandLine> engineCommands) {
        CommandLine chosen = parsed.asCommandLineList().getLast();
        Optional<DataFolder> folder = chosen.getCommandSpec().mixins().values().stream()
                .map(CommandSpec::userObject).filter(DataOption.class::isInstance)
                .map(data -> ((DataOption) data).folder()).findFirst();
        if (!engineCommands.contains(chosen) || folder.isEmpty()) {
            return new CommandLine.RunLast().execute(parsed);
        }
        parsed.asCommandLineList().forEach(CommandLine::getErr); // bound to the terminal before it is redirected
        try (LogFile log = LogFile.open(folder.get().log(), "fanwen " + String.join(" ", parsed.originalArgs()))) {
            return new CommandLine.RunLast().execute(parsed);
        }
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
