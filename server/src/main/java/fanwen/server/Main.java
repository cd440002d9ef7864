package fanwen.server;

import fanwen.cli.FanwenCommand;

/** Entry point of the runnable jar: the engine's command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(FanwenCommand.commandLine().execute(args));
    }
}
