package fanwen.server.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Questions about a failure's chain of causes, asked safely: a chain may be long or even cyclic (a cause
 * set with {@code initCause} back to an earlier exception), so every walk visits each exception once.
 */
public final class Failures {

    private Failures() {
    }

    /** Whether the client closed the connection (reset, broken pipe, Jetty's end-of-file while writing). */
    public static boolean isClientGone(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t.getClass().getName().equals("org.eclipse.jetty.io.EofException")) {
                return true;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof IOException && (message.contains("broken pipe") || message.contains("connection reset")
                    || message.contains("closed"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code failure} and its causes, each once, outermost first. */
    public static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
