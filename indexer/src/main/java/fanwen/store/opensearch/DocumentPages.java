package fanwen.store.opensearch;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/** Every document of the documents index, page by page in the order of their ids, each with part of its source. */
final class DocumentPages {

    private static final int PAGE = 500;

    /** What is done with each document's source. */
    interface Reader {
        void read(ObjectNode source) throws IOException;
    }

    private DocumentPages() {
    }

    /** Reads every document with the source fields {@code includes} (all when empty) but {@code excludes}. */
    static void each(Cluster cluster, String index, List<String> includes, List<String> excludes, Reader reader)
            throws IOException {
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<ObjectNode> page = cluster.client().search(s -> {
                s.index(index).size(PAGE).query(q -> q.matchAll(m -> m))
                        .sort(o -> o.field(f -> f.field(Fields.ID).order(SortOrder.Asc)))
                        .source(c -> c.filter(f -> f.includes(includes).excludes(excludes)));
                if (!from.isEmpty()) {
                    s.searchAfter(from);
                }
                return s;
            }, ObjectNode.class);
            List<Hit<ObjectNode>> hits = page.hits().hits();
            for (Hit<ObjectNode> hit : hits) {
                reader.read(hit.source());
            }
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.getLast().sort();
        }
    }
}
