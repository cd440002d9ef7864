package fanwen.store;

/**
 * A passage as the duplicate check reads it.
 *
 * @param start where it starts in its document's text
 */
public record StoredPassage(String docId, String id, String docTitle, String source, int start, String text) {
}
