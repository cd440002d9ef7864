package fanwen.server.http;

import java.util.OptionalInt;

/**
 * A request the server refuses, with the HTTP status and a stable error code; rendered by
 * {@link ErrorMapping} as {@code {"error":{"code","message","detail"}}} without a stack trace. A refusal the
 * client should retry later (429, 503) carries the seconds for {@code Retry-After}.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String detail;
    private final OptionalInt retryAfterSeconds;

    public ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    /** @param detail a library's own words on the failure, apart from the message for people; may be null */
    public ApiError(int status, String code, String message, String detail) {
        this(status, code, message, detail, OptionalInt.empty());
    }

    private ApiError(int status, String code, String message, String detail, OptionalInt retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.detail = detail == null || detail.isBlank() ? null : detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The library's words behind the refusal, or null. */
    public String detail() {
        return detail;
    }

    /** The seconds to send in {@code Retry-After}, when the client should try again later. */
    public OptionalInt retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", message);
    }

    public static ApiError tooLarge(String message) {
        return new ApiError(413, "payload_too_large", message);
    }

    public static ApiError unsupportedMediaType(String message) {
        return new ApiError(415, "unsupported_media_type", message);
    }

    public static ApiError rateLimited(String message, int retryAfterSeconds) {
        return new ApiError(429, "rate_limited", message, null, OptionalInt.of(Math.max(1, retryAfterSeconds)));
    }

    /** 503: the server cannot take this work now (its workers are busy or the work ran out of time). */
    public static ApiError busy(String message, int retryAfterSeconds) {
        return new ApiError(503, "busy", message, null, OptionalInt.of(Math.max(1, retryAfterSeconds)));
    }
}
