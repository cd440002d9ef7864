package fanwen.search;

import java.util.List;
import java.util.Optional;


import fanwen.index.Schema;
/**
 * A search as the API and the CLI ask for it: the query string (which may carry its own inline filters,
 * see {@link QuerySyntax}) plus filters given separately, the order and the page.
 *
 * @param page 1-based page number; {@code page × size} at most {@value #MAX_RESULT_WINDOW}
 * @param size hits per page, at most {@value #MAX_SIZE}
 */
public record SearchRequest(String query, List<String> types, Optional<Integer> yearFrom, Optional<Integer> yearTo,
                            List<String> units, List<String> tags, SortOrder sort, int page, int size) {

    /** Largest page size accepted. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit reachable by paging ({@code page × size}): it bounds the hits one search collects. */
    public static final int MAX_RESULT_WINDOW = 10_000;

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
        if (resultWindow(page, size) > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("page × size must be ≤ " + MAX_RESULT_WINDOW + ", got " + page
                    + " × " + size + ": refine the query instead of paging that deep");
        }
    }

    private static long resultWindow(int page, int size) {
        try {
            return Math.multiplyExact(page, size);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether a filter on facet {@code facet} ({@code type}, {@code year} or {@code unit}) is given. */
    public boolean filters(String facet) {
        return filters(facet, types, yearFrom, yearTo, units);
    }

    /** Whether these filters restrict facet {@code facet}: for a request and for a query's inline filters. */
    static boolean filters(String facet, List<String> types, Optional<Integer> yearFrom, Optional<Integer> yearTo,
                           List<String> units) {
        return switch (facet) {
            case Schema.TYPE -> !types.isEmpty();
            case Schema.YEAR -> yearFrom.isPresent() || yearTo.isPresent();
            case Schema.UNIT -> !units.isEmpty();
            default -> false;
        };
    }

    /** This request without its filter on facet {@code facet}. */
    public SearchRequest without(String facet) {
        boolean year = facet.equals(Schema.YEAR);
        return new SearchRequest(query, facet.equals(Schema.TYPE) ? List.of() : types,
                year ? Optional.empty() : yearFrom, year ? Optional.empty() : yearTo,
                facet.equals(Schema.UNIT) ? List.of() : units, tags, sort, page, size);
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
