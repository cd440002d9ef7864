package fanwen.store.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

import fanwen.fingerprint.MinHashSignature;
import fanwen.fingerprint.NormalizedText;
import fanwen.fingerprint.Shingles;
import fanwen.store.BandCandidate;
import fanwen.store.ItemKind;
import fanwen.store.ItemSource;

/**
 * What the engine's near-duplicate rule needs from the cluster, as the embedded store gives it: an item's text and
 * signature (a document's as stored, a passage's computed from its text: it is short), and the documents sharing
 * signature bands with it, those sharing the most first (bands are kept on documents only).
 */
final class NearDuplicateCandidates {

    private static final Base64.Decoder BASE64 = Base64.getDecoder();

    private final Cluster cluster;
    private final String index;

    NearDuplicateCandidates(Cluster cluster, String index) {
        this.cluster = cluster;
        this.index = index;
    }

    Optional<ItemSource> source(ItemKind kind, String id) throws IOException {
        if (kind == ItemKind.PASSAGE) {
            return passageText(id).map(text -> new ItemSource(id, text, Optional.empty(), signatureOf(text)));
        }
        return document(id, List.of(Fields.ID, Fields.TITLE, Fields.BODY, Fields.STORED + "." + Fields.SIGNATURE))
                .map(source -> {
                    String text = source.path(Fields.BODY).asText("");
                    return new ItemSource(id, text, Optional.ofNullable(source.path(Fields.TITLE).textValue()),
                            storedSignature(source).orElseGet(() -> signatureOf(text)));
                });
    }

    String text(ItemKind kind, String id) throws IOException {
        if (kind == ItemKind.PASSAGE) {
            return passageText(id).orElse("");
        }
        return document(id, List.of(Fields.BODY)).map(source -> source.path(Fields.BODY).asText("")).orElse("");
    }

    List<BandCandidate> sharingBands(ItemKind kind, String excludeId, List<MinHashSignature.Band> bands, int max)
            throws IOException {
        if (bands.isEmpty() || kind == ItemKind.PASSAGE) {
            return List.of();
        }
        List<Query> anyBand = bands.stream().map(band -> Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(
                t -> t.field(Fields.SIGNATURE_BAND).value(FieldValue.of(Base64.getEncoder().encodeToString(
                        band.bytes())))))))).toList();
        SearchResponse<ObjectNode> answer = cluster.client().search(s -> s.index(index).size(max)
                .query(q -> q.bool(b -> {
                    b.should(anyBand).minimumShouldMatch("1");
                    if (excludeId != null) {
                        b.mustNot(n -> n.ids(i -> i.values(excludeId)));
                    }
                    return b;
                }))
                .source(c -> c.filter(f -> f.includes(Fields.ID, Fields.STORED + "." + Fields.SIGNATURE))),
                ObjectNode.class);
        List<BandCandidate> found = new ArrayList<>();
        for (Hit<ObjectNode> hit : answer.hits().hits()) {
            found.add(new BandCandidate(hit.id(), storedSignature(hit.source())));
        }
        return found;
    }

    /**
     * The text of passage {@code id} ({@code <docid>-<ordinal>}), if its document has it; of a whole section, its
     * document's text between its start and end.
     */
    private Optional<String> passageText(String id) throws IOException {
        int dash = id.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        Optional<ObjectNode> document = document(id.substring(0, dash), List.of(Fields.PASSAGES + ".*"));
        if (document.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode passage : document.get().path(Fields.PASSAGES)) {
            if (!id.equals(passage.path(Fields.ID).asText())) {
                continue;
            }
            if (!Fields.KIND_SECTION.equals(passage.path(Fields.KIND).asText())) {
                return Optional.of(passage.path(Fields.BODY).asText(""));
            }
            return document(id.substring(0, dash), List.of(Fields.BODY)).map(source -> source.path(Fields.BODY)
                    .asText("").substring(passage.path(Fields.START).asInt(), passage.path(Fields.END).asInt()));
        }
        return Optional.empty();
    }

    private Optional<ObjectNode> document(String id, List<String> fields) throws IOException {
        SearchResponse<ObjectNode> answer = cluster.client().search(s -> s.index(index).size(1)
                .query(q -> q.ids(i -> i.values(id))).source(c -> c.filter(f -> f.includes(fields))), ObjectNode.class);
        return answer.hits().hits().stream().findFirst().map(Hit::source);
    }

    private static Optional<MinHashSignature> storedSignature(JsonNode source) {
        JsonNode signature = source.path(Fields.STORED).path(Fields.SIGNATURE);
        return signature.isTextual() ? Optional.of(MinHashSignature.fromBytes(BASE64.decode(signature.asText())))
                : Optional.empty();
    }

    private static MinHashSignature signatureOf(String text) {
        return MinHashSignature.of(Shingles.of(NormalizedText.of(text)));
    }
}
