package fanwen.model;

/**
 * A search as the API and the CLI ask for it: the query text (which may carry filters of its own, see the query
 * syntax in the README) plus filters given apart from it, the order and the page.
 *
 * @param text    what the user typed
 * @param filters filters given apart from the text (API parameters, CLI options)
 * @param page    1-based page number; {@code page × size} at most {@value #MAX_RESULT_WINDOW}
 * @param size    hits per page, at most {@value #MAX_SIZE}
 */
public record SearchQuery(String text, Filters filters, SortOrder sort, int page, int size) {

    /** Largest page size accepted. */
    public static final int MAX_SIZE = 100;
    /** Deepest hit reachable by paging ({@code page × size}): it bounds the hits one search collects. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text;
        filters = filters == null ? Filters.NONE : filters;
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

    /** A plain query: first page of ten, by relevance, no filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Filters.NONE, SortOrder.RELEVANCE, 1, 10);
    }

    /** This query with other filters. */
    public SearchQuery withFilters(Filters other) {
        return new SearchQuery(text, other, sort, page, size);
    }

    /** This query with another page. */
    public SearchQuery withPage(int otherPage, int otherSize) {
        return new SearchQuery(text, filters, sort, otherPage, otherSize);
    }

    private static long resultWindow(int page, int size) {
        try {
            return Math.multiplyExact(page, size);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }
}
