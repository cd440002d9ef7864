package fanwen.server;

import picocli.CommandLine;

import fanwen.cli.FanwenCommand;

/** Entry point of the runnable jar: the engine's command line plus {@code serve}. */
public final class Main {

    private Main() {
    }

    /** The full command line: engine commands and the server. */
    public static CommandLine commandLine() {
        CommandLine cli = FanwenCommand.commandLine();
        cli.addSubcommand(new ServeCommand());
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
