package fanwen.server.http;

import java.util.OptionalInt;

/**
 * A request the server refuses, with its {@link ErrorCode} (status and stable code), a message for people in
 * Chinese and the technical text behind it; rendered by {@link ErrorMapping} as
 * {@code {"error":{"code","message","detail"}}} without a stack trace. A refusal the client should retry later
 * (429, 503) carries the seconds for {@code Retry-After}.
 */
public final class ApiError extends RuntimeException {

    private final ErrorCode kind;
    private final String detail;
    private final OptionalInt retryAfterSeconds;

    /**
     * @param message what happened and, where people can do something, what to do — in Chinese
     * @param detail  the technical text for developers (the refusal in English, or a library's own words); may be
     *                null
     */
    private ApiError(ErrorCode kind, String message, String detail) {
        this(kind, message, detail, OptionalInt.empty());
    }

    private ApiError(ErrorCode kind, String message, String detail, OptionalInt retryAfterSeconds) {
        super(message, null, false, false);
        this.kind = kind;
        this.detail = detail == null || detail.isBlank() ? null : detail;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return kind.status();
    }

    public String code() {
        return kind.code();
    }

    /** The technical text behind the refusal, or null. */
    public String detail() {
        return detail;
    }

    /** The seconds to send in {@code Retry-After}, when the client should try again later. */
    public OptionalInt retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiError badRequest(String message, String detail) {
        return new ApiError(ErrorCode.BAD_REQUEST, message, detail);
    }

    public static ApiError notFound(String message, String detail) {
        return new ApiError(ErrorCode.NOT_FOUND, message, detail);
    }

    public static ApiError unauthorized(String message, String detail) {
        return new ApiError(ErrorCode.UNAUTHORIZED, message, detail);
    }

    /** 413: an upload, a body or a text over its limit. */
    public static ApiError tooLarge(String message, String detail) {
        return new ApiError(ErrorCode.PAYLOAD_TOO_LARGE, message, detail);
    }

    public static ApiError unsupportedMediaType(String message, String detail) {
        return new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message, detail);
    }

    /** 422: a file whose text cannot be read. */
    public static ApiError unprocessableFile(String message, String detail) {
        return new ApiError(ErrorCode.UNPROCESSABLE_FILE, message, detail);
    }

    public static ApiError rateLimited(String message, String detail, int retryAfterSeconds) {
        return new ApiError(ErrorCode.RATE_LIMITED, message, detail, OptionalInt.of(Math.max(1, retryAfterSeconds)));
    }

    /** 503: the server cannot take this work now (its workers are busy or the work ran out of time). */
    public static ApiError busy(String message, String detail, int retryAfterSeconds) {
        return new ApiError(ErrorCode.BUSY, message, detail, OptionalInt.of(Math.max(1, retryAfterSeconds)));
    }
}
