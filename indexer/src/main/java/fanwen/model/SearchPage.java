package fanwen.model;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total number of matches, the time taken, and facet counts over all matches
 * (type, year, unit) — the counts ignore paging.
 */
public record SearchPage<H>(long total, long tookMillis, List<H> hits, Map<Facet, List<FacetCount>> facets) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
