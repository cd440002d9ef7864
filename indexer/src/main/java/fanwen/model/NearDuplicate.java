package fanwen.model;

/**
 * A document whose wording nearly repeats another's.
 *
 * @param id          the document
 * @param resemblance the Jaccard index of the two texts' five-character shingles, at least 0.5
 */
public record NearDuplicate(String id, double resemblance) {
}
