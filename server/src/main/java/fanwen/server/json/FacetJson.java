package fanwen.server.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fanwen.search.FacetCount;

/** How many hits have {@code value} in a facet (type, year, unit). */
public record FacetJson(String value, int count) {

    /** Facets by name, in the order type, year, unit (then any other), each list as the engine ordered it. */
    public static Map<String, List<FacetJson>> of(Map<String, List<FacetCount>> facets) {
        Map<String, List<FacetJson>> out = new LinkedHashMap<>();
        for (String name : List.of("type", "year", "unit")) {
            out.put(name, List.of());
        }
        facets.forEach((name, counts) ->
                out.put(name, counts.stream().map(c -> new FacetJson(c.value(), c.count())).toList()));
        return out;
    }
}
