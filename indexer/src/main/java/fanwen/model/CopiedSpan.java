package fanwen.model;

/**
 * A stretch of the draft found in a library document.
 *
 * @param draftStart  char offset in the draft where it starts
 * @param draftEnd    where it ends (exclusive)
 * @param sourceStart char offset in the source document's text (as {@code GET /documents/{id}} returns it)
 * @param sourceEnd   where it ends there (exclusive)
 */
public record CopiedSpan(int draftStart, int draftEnd, int sourceStart, int sourceEnd) {
}
