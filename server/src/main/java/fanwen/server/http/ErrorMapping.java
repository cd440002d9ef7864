package fanwen.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.server.json.ErrorResponse;

/**
 * Turns every failure into the API's error shape {@code {"error":{"code","message"}}}: refused requests
 * ({@link ApiError}, Javalin's own 404/405/413) keep their status and are not logged with a stack trace;
 * anything else is a bug, logged in full and answered 500 without internals.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) ->
                ctx.status(e.status()).json(ErrorResponse.of(e.code(), e.getMessage(), e.detail())));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal", "内部错误 internal error; the server log has the details");
        });
    }

    public static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).json(ErrorResponse.of(code, message));
    }

    /** The stable {@code code} of an error answer with {@code status}. */
    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
    }
}
