package fanwen.store.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.model.Facet;
import fanwen.model.FacetCount;

/**
 * The facet counts of a search as aggregations, and read back as the embedded store reports them: per facet, the
 * values largest count first (equals by value), the years newest first, at most {@value #MAX_VALUES}. Over
 * documents a {@code terms} aggregation counts the documents matched; over passages each value's bucket counts the
 * matched passages of its documents (a {@code nested} aggregation with the passage query as a {@code filter} under
 * it), since a passage carries its document's facets.
 */
final class FacetAggregations {

    static final int MAX_VALUES = 50;
    private static final String PASSAGES = "passages";
    private static final String MATCHED = "matched";

    private FacetAggregations() {
    }

    /** The aggregations over documents, or — {@code passageText} not null — over their passages that match it. */
    static ObjectNode of(ObjectNode passageText) {
        ObjectNode aggregations = Dsl.object();
        for (Facet facet : Facet.values()) {
            ObjectNode terms = aggregations.putObject(facet.key()).putObject("terms");
            terms.put("field", facet.key()).put("size", MAX_VALUES);
            if (facet == Facet.YEAR) {
                terms.putObject("order").put("_key", "desc");
            } else if (passageText != null) {
                terms.putObject("order").put(PASSAGES + ">" + MATCHED, "desc");
            }
            if (passageText != null) {
                ((ObjectNode) aggregations.get(facet.key())).set("aggs", matchedPassages(passageText));
            }
        }
        if (passageText != null) {
            aggregations.setAll(matchedPassages(passageText));
        }
        return aggregations;
    }

    /** The number of passages matched, from the aggregations of {@link #of} with a passage query. */
    static long passageTotal(JsonNode aggregations) {
        return aggregations.path(PASSAGES).path(MATCHED).path("doc_count").asLong();
    }

    /** The counts of every facet. */
    static Map<Facet, List<FacetCount>> read(JsonNode aggregations, boolean passages) {
        Map<Facet, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = new ArrayList<>();
            for (JsonNode bucket : aggregations.path(facet.key()).path("buckets")) {
                int count = passages ? bucket.path(PASSAGES).path(MATCHED).path("doc_count").asInt()
                        : bucket.path("doc_count").asInt();
                if (count > 0) {
                    counts.add(new FacetCount(bucket.path("key").asText(), count));
                }
            }
            if (facet != Facet.YEAR) {
                counts.sort(Comparator.comparingInt(FacetCount::count).reversed()
                        .thenComparing(FacetCount::value));
            }
            facets.put(facet, counts);
        }
        return facets;
    }

    private static ObjectNode matchedPassages(ObjectNode passageText) {
        ObjectNode aggs = Dsl.object();
        ObjectNode passages = aggs.putObject(PASSAGES);
        passages.putObject("nested").put("path", Fields.PASSAGES);
        passages.putObject("aggs").putObject(MATCHED).set("filter", passageText);
        return aggs;
    }
}
