package fanwen.cli;

/** Process exit codes of the CLI. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The work was done but something failed (e.g. a file could not be indexed), or an error occurred. */
    public static final int FAILURE = 1;
    /** The command line was wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
