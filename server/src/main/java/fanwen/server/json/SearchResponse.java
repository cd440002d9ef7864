package fanwen.server.json;

import java.util.List;
import java.util.Map;

import fanwen.model.DocumentHit;
import fanwen.model.SearchPage;

/** Answer of {@code GET /api/v1/search}: one page of documents and facet counts over all matches. */
public record SearchResponse(long total, long tookMs, int page, int size, List<DocumentHitJson> hits,
                             Map<String, List<FacetJson>> facets) {

    public static SearchResponse of(SearchPage<DocumentHit> result, int page, int size) {
        return new SearchResponse(result.total(), result.tookMillis(), page, size,
                result.hits().stream().map(DocumentHitJson::of).toList(), FacetJson.of(result.facets()));
    }
}
