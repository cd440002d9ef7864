package fanwen.model;

/** How many hits have {@code value} in a facet field. */
public record FacetCount(String value, int count) {
}
