package fanwen.server.json;

/** The body of every error answer: {@code {"error":{"code","message"}}}. */
public record ErrorResponse(Body error) {

    /** A stable machine-readable {@code code} (e.g. {@code not_found}) and a message for people. */
    public record Body(String code, String message) {
    }

    public static ErrorResponse of(String code, String message) {
        return new ErrorResponse(new Body(code, message));
    }
}
