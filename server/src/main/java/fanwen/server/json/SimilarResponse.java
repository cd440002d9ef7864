package fanwen.server.json;

import java.util.List;

/** Answer of the {@code /similar} endpoints: the source's id and the hits, most similar first. */
public record SimilarResponse<H>(String id, List<H> hits) {
}
