package fanwen.server.json;

/** The body of every error answer: {@code {"error":{"code","message","detail"}}}. */
public record ErrorResponse(Body error) {

    /**
     * A stable {@code code} for programs (e.g. {@code not_found}), a message for people in Chinese, and the technical
     * text for developers — the refusal in English, or the words of the library behind it (a parser's message for a
     * file it cannot read) — or null when there is none.
     */
    public record Body(String code, String message, String detail) {
    }

    public static ErrorResponse of(String code, String message, String detail) {
        return new ErrorResponse(new Body(code, message, detail));
    }
}
