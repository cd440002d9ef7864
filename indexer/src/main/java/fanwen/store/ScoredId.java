package fanwen.store;

/** An item and the score it is shown with. */
public record ScoredId(String id, double score) {
}
