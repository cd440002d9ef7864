package fanwen.model;

/**
 * A completion of what the user is typing.
 *
 * @param text the completed phrase or title
 * @param kind {@code keyword} (a key phrase of the library) or {@code title} (a document's title)
 */
public record Suggestion(String text, String kind) {
}
