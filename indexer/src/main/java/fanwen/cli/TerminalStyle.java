package fanwen.cli;

import fanwen.model.Snippet;

/** Marks up CLI output: ANSI colours on a terminal, plain brackets when piped. */
final class TerminalStyle {

    private final boolean ansi;

    private TerminalStyle(boolean ansi) {
        this.ansi = ansi;
    }

    /** ANSI when standard output is a terminal and NO_COLOR is not set. */
    static TerminalStyle forStdout() {
        return new TerminalStyle(Terminal.isInteractive() && System.getenv("NO_COLOR") == null);
    }

    String bold(String text) {
        return ansi ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String dim(String text) {
        return ansi ? "\u001b[2m" + text + "\u001b[0m" : text;
    }

    /** A copied stretch of a draft: in red (terminal) or in 【】 (piped). */
    String copied(String text) {
        return ansi ? "\u001b[31m" + text + "\u001b[0m" : "【" + text + "】";
    }

    /** The snippet on one line, matches in bold red (terminal) or in 【】 (piped). */
    String highlight(Snippet snippet) {
        String marked = ansi ? snippet.marked("\u001b[1;31m", "\u001b[0m") : snippet.marked("【", "】");
        return marked.replace('\n', ' ');
    }
}
