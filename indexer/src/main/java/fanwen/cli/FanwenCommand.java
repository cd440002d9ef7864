package fanwen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fanwen} command and its engine subcommands. The server module adds {@code serve} to the
 * same command line, so the engine knows nothing of HTTP.
 */
@Command(name = "fanwen", mixinStandardHelpOptions = true, version = "fanwen 0.1.0",
        description = "范文 — search engine and knowledge base for Chinese work summaries, speeches and reports.",
        subcommands = {IndexCommand.class, SearchCommand.class, SuggestCommand.class, SimilarCommand.class,
                CheckCommand.class, StatsCommand.class, DeleteCommand.class, AnalyzeCommand.class,
                BackupCommand.class, RestoreCommand.class})
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

    /** A command line with the engine subcommands, ready for more to be added. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new FanwenCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("错误: " + describe(e));
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
