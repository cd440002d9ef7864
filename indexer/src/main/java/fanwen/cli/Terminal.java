package fanwen.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the CLI talks to a person at a terminal, or its output goes to a file or a pipe. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard input and output are a terminal. From JDK 22 {@link System#console()} may return a
     * console even when output is redirected, and {@code Console.isTerminal()} (JDK 22+, called reflectively
     * as we compile for 21) tells; before, a console exists only on a terminal.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }
}
