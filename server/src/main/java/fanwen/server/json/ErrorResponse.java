package fanwen.server.json;

/** The body of every error answer: {@code {"error":{"code","message","detail"}}}. */
public record ErrorResponse(Body error) {

    /**
     * A stable machine-readable {@code code} (e.g. {@code not_found}), a message for people, and the words of
     * the library behind the error when there are any (a parser's message for a file it cannot read), or null.
     */
    public record Body(String code, String message, String detail) {
    }

    public static ErrorResponse of(String code, String message) {
        return of(code, message, null);
    }

    public static ErrorResponse of(String code, String message, String detail) {
        return new ErrorResponse(new Body(code, message, detail));
    }
}
