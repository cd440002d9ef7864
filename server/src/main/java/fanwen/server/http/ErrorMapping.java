package fanwen.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.server.json.ErrorResponse;

/**
 * Turns every failure into the API's error shape {@code {"error":{"code","message","detail"}}}, and never fails
 * itself.
 *
 * <p>Each route's handler is {@link #guarded}: whatever it throws is answered here, inside the handler, so no
 * exception of ours reaches Javalin's own exception mapper. That mapper re-queues a failure of an exception
 * handler as a new failure to handle; an answer that cannot be written (the client is gone, the response is
 * no longer usable) then fails again on every pass, which is how one request could spin a thread forever.
 * Here, a failure while answering is logged once and dropped. Refused requests ({@link ApiError}, Javalin's own
 * 404/405/413) keep their status and are not logged with a stack trace; a client that went away is not
 * answered at all; anything else is a bug, logged in full and answered 500 without internals.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /**
     * Installs the mapping for what happens outside a guarded handler (before-handlers, Javalin's own
     * refusals) and a handler of {@link Error}s that cannot throw.
     */
    public static void install(JavalinConfig config) {
        // Javalin maps its own HttpResponseException (the 404 of an unknown path…) unless told otherwise
        config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e));
        config.routes.exception(Exception.class, (e, ctx) -> answer(ctx, e));
        config.router.javaLangErrorHandler((response, error) -> {
            try {
                LOG.error("request failed with an error", error);
                response.setStatus(500);
            } catch (Throwable ignored) {
                // the response is gone; nothing more can be done for this request
            }
        });
    }

    /** {@code handler}, with every failure answered by {@link #answer} instead of thrown. */
    public static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Throwable failure) {
                answer(ctx, failure);
            }
        };
    }

    /** Answers {@code failure} in the API's error shape; never throws. */
    public static void answer(Context ctx, Throwable failure) {
        try {
            if (failure instanceof ApiError refused) {
                refused.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", Integer.toString(s)));
                write(ctx, refused.status(), refused.code(), refused.getMessage(), refused.detail());
            } else if (failure instanceof HttpResponseException refused) {
                // Javalin's own refusals (an unknown path or method, a body over the limit): its words are the detail
                write(ctx, refused.getStatus(), codeOf(refused.getStatus()), messageOf(refused.getStatus()),
                        refused.getMessage());
            } else if (Failures.isClientGone(failure)) {
                LOG.debug("client went away: {}", failure.toString());
            } else {
                LOG.error("{} failed", requestLine(ctx), failure);
                write(ctx, 500, ErrorCode.INTERNAL.code(), ErrorCode.INTERNAL.message(), null);
            }
        } catch (Throwable answering) {
            LOG.warn("could not answer {} after {}: {}", requestLine(ctx), failure, answering.toString());
        }
    }

    private static void write(Context ctx, int status, String code, String message, String detail) {
        ctx.status(status).json(ErrorResponse.of(code, message, detail == null || detail.isBlank() ? null : detail));
    }

    /** The stable {@code code} of an error answer with {@code status}. */
    static String codeOf(int status) {
        return ErrorCode.of(status).map(ErrorCode::code).orElse("http_" + status);
    }

    /** What an error answer with {@code status} tells people when nothing more precise is known. */
    static String messageOf(int status) {
        return ErrorCode.of(status).map(ErrorCode::message).orElse("请求未被接受（HTTP " + status + "）");
    }

    private static String requestLine(Context ctx) {
        try {
            return ctx.method() + " " + ctx.path();
        } catch (Throwable gone) {
            return "a request";
        }
    }
}
