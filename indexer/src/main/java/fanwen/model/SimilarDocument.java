package fanwen.model;

/**
 * A document similar to another one.
 *
 * @param hit           the document, as a search would list it (snippets mark the shared words)
 * @param similarity    in [0, 1]; see {@link SimilarFinder} for how it is computed
 * @param nearDuplicate whether the two share most of their wording (resemblance ≥
 *                      {@link NearDuplicateFinder#THRESHOLD})
 */
public record SimilarDocument(DocumentHit hit, double similarity, boolean nearDuplicate) {
}
