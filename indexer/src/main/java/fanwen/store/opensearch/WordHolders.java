package fanwen.store.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds the documents whose title or text holds a word as written, whatever the segmenter made of it when they were
 * indexed: the word as a phrase of the bigram sub-fields. How the documents to analyse again after a change of the
 * dictionary are found on a cluster. All of them, a page at a time in id order.
 */
final class WordHolders {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Words per request: two phrases each. */
    private static final int WORDS_PER_REQUEST = 200;
    private static final int PAGE = 1000;
    private static final List<String> FIELDS = List.of(Fields.TITLE + Fields.BIGRAM, Fields.BODY + Fields.BIGRAM);

    private final Cluster cluster;
    private final String index;

    WordHolders(Cluster cluster, String index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** The ids of the documents holding any of {@code words}. */
    List<String> find(Collection<String> words) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        List<String> all = List.copyOf(words);
        for (int from = 0; from < all.size(); from += WORDS_PER_REQUEST) {
            ArrayNode should = JSON.arrayNode();
            for (String word : all.subList(from, Math.min(all.size(), from + WORDS_PER_REQUEST))) {
                for (String field : FIELDS) {
                    should.addObject().putObject("match_phrase").put(field, word);
                }
            }
            String after = null;
            while (true) {
                ObjectNode search = JSON.objectNode().put("size", PAGE);
                search.put("_source", false);
                search.putObject("query").putObject("bool").set("should", should);
                search.putArray("sort").addObject().put(Fields.ID, "asc");
                if (after != null) {
                    search.putArray("search_after").add(after);
                }
                JsonNode hits = cluster.call("POST", "/" + index + "/_search", search).path("hits").path("hits");
                for (JsonNode hit : hits) {
                    ids.add(hit.path("_id").asText());
                    after = hit.path("sort").path(0).asText();
                }
                if (hits.size() < PAGE) {
                    break;
                }
            }
        }
        return new ArrayList<>(ids);
    }
}
