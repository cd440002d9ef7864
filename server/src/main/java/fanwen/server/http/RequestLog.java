package fanwen.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request (method, path, status, milliseconds), and the request's metrics. The web page's
 * own files answered without error are logged at DEBUG only: one page load fetches a dozen of them.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("fanwen.server.request");

    private static final String STATIC = "static";

    private final Metrics metrics;

    public RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Javalin's request logger: called once per answered request. */
    public void log(Context ctx, Float millis) {
        int status = ctx.statusCode();
        String route = route(ctx, status);
        if (route.equals(STATIC)) {
            LOG.debug("{} {} {} {} ms", ctx.method(), ctx.path(), status, Math.round(millis));
        } else {
            LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), status, Math.round(millis));
        }
        metrics.record(ctx.method().name(), route, status, millis);
    }

    /**
     * The matched route pattern (e.g. {@code /api/v1/documents/{id}}), so ids do not explode the metrics;
     * {@code static} for a file of the web page, {@code unmatched} for anything else no route answered.
     */
    private static String route(Context ctx, int status) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return status < 400 ? STATIC : "unmatched";
    }
}
