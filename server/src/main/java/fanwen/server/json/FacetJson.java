package fanwen.server.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fanwen.model.Facet;
import fanwen.model.FacetCount;

/** How many hits have {@code value} in a facet (type, year, unit, tag, issuer). */
public record FacetJson(String value, int count) {

    /** Facets by name, in the order of {@link Facet}, each list as the engine ordered it. */
    public static Map<String, List<FacetJson>> of(Map<Facet, List<FacetCount>> facets) {
        Map<String, List<FacetJson>> out = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            out.put(facet.key(), facets.getOrDefault(facet, List.of()).stream()
                    .map(c -> new FacetJson(c.value(), c.count())).toList());
        }
        return out;
    }
}
