package fanwen.server.http;

import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Lets web pages of the configured origins read the API from a browser: GET (and HEAD) answers and their
 * preflights carry {@code Access-Control-Allow-Origin}. Writes never do, so a browser page of another
 * origin cannot upload or delete even when it knows the key. No origins configured: no CORS headers.
 */
public final class Cors {

    private final List<String> origins;

    public Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    /** Before every API request: adds the headers to reads from an allowed origin. */
    public void apply(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD) {
            allow(ctx);
        }
    }

    /** Answers a preflight ({@code OPTIONS}); allowed only for GET requests from an allowed origin. */
    public void preflight(Context ctx) {
        String requested = ctx.header("Access-Control-Request-Method");
        if (requested == null || requested.equalsIgnoreCase("GET") || requested.equalsIgnoreCase("HEAD")) {
            if (allow(ctx)) {
                ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
                ctx.header("Access-Control-Allow-Headers", "Content-Type, Accept");
                ctx.header("Access-Control-Max-Age", "600");
            }
        }
        ctx.status(204);
    }

    private boolean allow(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origins.isEmpty()) {
            return false;
        }
        ctx.header("Vary", "Origin");
        if (origins.contains("*")) {
            ctx.header("Access-Control-Allow-Origin", "*");
            return true;
        }
        if (origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            return true;
        }
        return false;
    }
}
