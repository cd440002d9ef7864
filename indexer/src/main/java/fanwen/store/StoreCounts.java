package fanwen.store;

/** How many documents and passages a store holds. */
public record StoreCounts(int documents, int passages) {
}
