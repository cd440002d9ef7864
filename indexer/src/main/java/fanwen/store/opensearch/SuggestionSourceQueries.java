package fanwen.store.opensearch;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.store.SuggestionSources;

/**
 * What suggestions are made of, read from the cluster: every document's title and key phrases, and how many
 * documents have each of the asked terms as a token of their body — one filter of a {@code filters} aggregation per
 * term, a thousand terms a request.
 */
final class SuggestionSourceQueries {

    private static final int TERMS_PER_REQUEST = 1000;

    private SuggestionSourceQueries() {
    }

    static SuggestionSources read(Cluster cluster, String index, long version, List<String> terms) throws IOException {
        Set<String> titles = new HashSet<>();
        Map<String, Integer> phrases = new HashMap<>();
        String keywords = Fields.STORED + "." + Fields.KEYWORDS;
        DocumentPages.each(cluster, index, List.of(Fields.TITLE, keywords), List.of(), source -> {
            if (source.hasNonNull(Fields.TITLE)) {
                titles.add(source.get(Fields.TITLE).asText());
            }
            source.path(Fields.STORED).path(Fields.KEYWORDS).forEach(k -> phrases.merge(k.asText(), 1, Integer::sum));
        });
        Map<String, Integer> carrying = new HashMap<>();
        for (int from = 0; from < terms.size(); from += TERMS_PER_REQUEST) {
            carrying.putAll(documentsCarrying(cluster, index,
                    terms.subList(from, Math.min(terms.size(), from + TERMS_PER_REQUEST))));
        }
        return new SuggestionSources(version, titles, phrases, carrying);
    }

    /** How many documents have each of {@code terms} as a body token, for the terms that occur at all. */
    private static Map<String, Integer> documentsCarrying(Cluster cluster, String index, List<String> terms)
            throws IOException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode search = json.objectNode().put("size", 0);
        ObjectNode filters = search.putObject("aggs").putObject("terms").putObject("filters").putObject("filters");
        for (int i = 0; i < terms.size(); i++) {
            filters.putObject(Integer.toString(i)).putObject("term").put(Fields.BODY, terms.get(i));
        }
        JsonNode buckets = cluster.call("POST", "/" + index + "/_search", search)
                .path("aggregations").path("terms").path("buckets");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            int carriers = buckets.path(Integer.toString(i)).path("doc_count").asInt();
            if (carriers > 0) {
                counts.merge(terms.get(i), carriers, Integer::sum);
            }
        }
        return counts;
    }
}
