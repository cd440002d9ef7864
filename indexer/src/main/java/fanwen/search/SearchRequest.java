package fanwen.search;

import java.util.List;
import java.util.Optional;

/**
 * A search as the API and the CLI ask for it: the query string (which may carry its own inline filters,
 * see {@link QuerySyntax}) plus filters given separately, the order and the page.
 *
 * @param page 1-based page number
 * @param size hits per page
 */
public record SearchRequest(String query, List<String> types, Optional<Integer> yearFrom, Optional<Integer> yearTo,
                            List<String> units, List<String> tags, SortOrder sort, int page, int size) {

    /** Largest page size accepted. */
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query;
        types = List.copyOf(types);
        units = List.copyOf(units);
        tags = List.copyOf(tags);
        if (page < 1) {
            throw new IllegalArgumentException("page must be >= 1, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1.." + MAX_SIZE + ", got " + size);
        }
    }

    /** A plain query: first page of ten, by relevance, no filters. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                SortOrder.RELEVANCE, 1, 10);
    }

    /** How hits are ordered. */
    public enum SortOrder {
        RELEVANCE, DATE;

        /** The order named {@code name} ("relevance" or "date"), case-insensitive. */
        public static Optional<SortOrder> parse(String name) {
            for (SortOrder order : values()) {
                if (order.name().equalsIgnoreCase(name)) {
                    return Optional.of(order);
                }
            }
            return Optional.empty();
        }
    }
}
