package fanwen.server.http;

import java.util.Optional;

/**
 * Every kind of error answer of the API v1: its HTTP status, its stable {@code code} for programs and what to tell
 * people (in Chinese) when nothing more precise is known — a refusal of Jetty's or Javalin's own. One condition has
 * one code on every route; v1 adds codes but never renames or drops one (the README lists them, and a test keeps
 * the list and this enum equal).
 */
public enum ErrorCode {

    BAD_REQUEST(400, "bad_request", "请求有误"),
    UNAUTHORIZED(401, "unauthorized", "需要正确的 API 密钥"),
    NOT_FOUND(404, "not_found", "找不到所请求的内容，请检查地址和请求方法"),
    PAYLOAD_TOO_LARGE(413, "payload_too_large", "请求内容过大"),
    URI_TOO_LONG(414, "uri_too_long", "请求地址过长，请缩短查询"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "不支持的内容格式"),
    UNPROCESSABLE_FILE(422, "unprocessable_file", "无法读取文件内容"),
    RATE_LIMITED(429, "rate_limited", "请求过于频繁，请稍后再试"),
    HEADERS_TOO_LARGE(431, "headers_too_large", "请求头过大"),
    INTERNAL(500, "internal", "服务器内部错误，请稍后再试；服务器日志记录了详情"),
    BUSY(503, "busy", "服务器繁忙，请稍后再试");

    private final int status;
    private final String code;
    private final String message;

    ErrorCode(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    public int status() {
        return status;
    }

    /** The stable {@code code} of the answer. */
    public String code() {
        return code;
    }

    /** What to tell people when there is nothing more precise to say. */
    public String message() {
        return message;
    }

    /** The kind of error answered with {@code status}, if the API has one. */
    public static Optional<ErrorCode> of(int status) {
        for (ErrorCode kind : values()) {
            if (kind.status == status) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
