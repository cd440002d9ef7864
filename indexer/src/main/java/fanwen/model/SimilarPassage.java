package fanwen.model;

/**
 * A passage similar to another one.
 *
 * @param hit           the passage, as a passage search would list it (the snippet marks the shared words)
 * @param similarity    in [0, 1]; see {@link SimilarFinder} for how it is computed
 * @param nearDuplicate whether the two share most of their wording (resemblance ≥
 *                      {@link NearDuplicateFinder#THRESHOLD})
 */
public record SimilarPassage(PassageHit hit, double similarity, boolean nearDuplicate) {
}
