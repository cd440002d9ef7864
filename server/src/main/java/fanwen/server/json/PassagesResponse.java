package fanwen.server.json;

import java.util.List;
import java.util.Map;

import fanwen.model.PassageHit;
import fanwen.model.SearchPage;

/** Answer of {@code GET /api/v1/passages}: one page of passages and facet counts over all matches. */
public record PassagesResponse(long total, long tookMs, int page, int size, List<PassageHitJson> hits,
                               Map<String, List<FacetJson>> facets) {

    public static PassagesResponse of(SearchPage<PassageHit> result, int page, int size) {
        return new PassagesResponse(result.total(), result.tookMillis(), page, size,
                result.hits().stream().map(PassageHitJson::of).toList(), FacetJson.of(result.facets()));
    }
}
