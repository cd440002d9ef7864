package fanwen.server.json;

import java.util.List;
import java.util.Map;

/** Answer of {@code GET /api/v1/stats}: what the index holds. {@code last_commit} is ISO-8601 or null. */
public record StatsResponse(int documents, int passages, long indexBytes, String lastCommit,
                            Map<String, List<FacetJson>> facets) {
}
