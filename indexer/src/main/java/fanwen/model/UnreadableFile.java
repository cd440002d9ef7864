package fanwen.model;

import java.io.Serial;

/**
 * A file whose text could not be read: what happened and what to do, in Chinese, for the user; the library's own
 * words apart; and whether the file itself is at fault or the server could not take it now (try again later).
 */
public final class UnreadableFile extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final boolean tryLater;

    public UnreadableFile(String message, String detail, boolean tryLater, Throwable cause) {
        super(message, cause);
        this.detail = detail == null ? "" : detail;
        this.tryLater = tryLater;
    }

    /** The library's words on the failure, or empty. */
    public String detail() {
        return detail;
    }

    /** True when the server was too busy or could not start a parser: the same file may be read later. */
    public boolean tryLater() {
        return tryLater;
    }
}
