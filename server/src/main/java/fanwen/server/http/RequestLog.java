package fanwen.server.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One INFO line per request (method, path, status, milliseconds), and the request's metrics. */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("fanwen.server.request");

    private final Metrics metrics;

    public RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Javalin's request logger: called once per answered request. */
    public void log(Context ctx, Float millis) {
        int status = ctx.statusCode();
        LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), status, Math.round(millis));
        metrics.record(ctx.method().name(), route(ctx), status, millis);
    }

    /** The matched route pattern (e.g. {@code /api/v1/documents/{id}}), so ids do not explode the metrics. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        return endpoint == null ? "unmatched" : endpoint.path;
    }
}
