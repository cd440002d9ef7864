package fanwen.store.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.model.DocumentHit;
import fanwen.model.PassageHit;
import fanwen.store.ItemKind;
import fanwen.store.ScoredId;
import fanwen.store.Topical;

/**
 * The ranked candidates of similar items on the cluster, as the embedded store gives them: the other versions of a
 * document (the same title key), and how strongly items match a source's distinctive words relative to the source's
 * own match. The distinctive words are those {@code more_like_this} would pick — the {@value #QUERY_TERMS} best by
 * tf·idf of the source's text, which the term-vectors API of an artificial document selects — so that they are known
 * here and the hits' snippets can mark them; they are then searched as a {@code bool} of {@code term}s over the
 * bodies (BM25, as the embedded store's like-query).
 */
final class SimilarQueries {

    /** Distinctive words taken from the source text. */
    private static final int QUERY_TERMS = 50;
    private static final String PASSAGE_ID = Fields.PASSAGES + "." + Fields.ID;

    private final Cluster cluster;
    private final String index;
    private final HitReader reader;

    SimilarQueries(Cluster cluster, String index) {
        this.cluster = cluster;
        this.index = index;
        this.reader = new HitReader(cluster, index);
    }

    List<String> sameTitle(String title, String excludeId, int max) throws IOException {
        String key = DocumentSource.titleKey(title);
        if (key.isEmpty()) {
            return List.of();
        }
        ObjectNode request = Dsl.object();
        request.set("query", new Dsl.Bool().filter(Dsl.term(Fields.TITLE_KEY, key))
                .mustNot(Dsl.ids(List.of(excludeId))).build());
        request.put("size", max).put("_source", false);
        List<String> ids = new ArrayList<>();
        search(request).forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    Topical topical(ItemKind kind, String id, String text, int size, Set<String> alsoScore) throws IOException {
        Map<String, Float> words = distinctiveWords(text);
        Map<String, Double> scores = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return new Topical(scores, words);
        }
        boolean passages = kind == ItemKind.PASSAGE;
        ObjectNode like = like(words, passages ? QueryTranslator.Target.PASSAGES : QueryTranslator.Target.DOCUMENTS);
        List<ScoredId> self = scored(like, passages, new Dsl.Bool().filter(idFilter(passages, List.of(id))), 1);
        double selfScore = self.isEmpty() ? 0 : self.getFirst().score();
        if (selfScore <= 0) {
            return new Topical(scores, words);
        }
        for (ScoredId other : scored(like, passages, new Dsl.Bool().mustNot(idFilter(passages, List.of(id))), size)) {
            scores.put(other.id(), clamp(other.score() / selfScore));
        }
        List<String> unscored = alsoScore.stream().filter(other -> !scores.containsKey(other)).toList();
        if (!unscored.isEmpty()) {
            for (ScoredId other : scored(like, passages, new Dsl.Bool().filter(idFilter(passages, unscored)),
                    unscored.size())) {
                scores.put(other.id(), clamp(other.score() / selfScore));
            }
        }
        return new Topical(scores, words);
    }

    List<DocumentHit> documentHits(List<ScoredId> ids, Topical topical) throws IOException {
        return reader.documents(ids.stream().map(s -> new HitReader.Wanted(s.id(), null, (float) s.score())).toList(),
                like(topical.words(), QueryTranslator.Target.PASSAGES));
    }

    List<PassageHit> passageHits(List<ScoredId> ids, Topical topical) throws IOException {
        List<HitReader.Wanted> wanted = new ArrayList<>(ids.size());
        for (ScoredId scored : ids) {
            int dash = scored.id().lastIndexOf('-');
            if (dash > 0) {
                wanted.add(new HitReader.Wanted(scored.id().substring(0, dash), scored.id(), (float) scored.score()));
            }
        }
        return reader.passages(wanted, like(topical.words(), QueryTranslator.Target.PASSAGES),
                like(topical.words(), QueryTranslator.Target.DOCUMENTS));
    }

    /** The best {@link #QUERY_TERMS} words of {@code text} by tf·idf over the bodies, each weighing 1. */
    private Map<String, Float> distinctiveWords(String text) throws IOException {
        ObjectNode request = Dsl.object();
        request.putObject("doc").put(Fields.BODY, text);
        request.putArray("fields").add(Fields.BODY);
        request.put("term_statistics", true).put("field_statistics", false).put("positions", false)
                .put("offsets", false);
        request.putObject("filter").put("max_num_terms", QUERY_TERMS).put("min_term_freq", 1)
                .put("min_doc_freq", 1);
        JsonNode terms = cluster.call("POST", "/" + index + "/_termvectors", request)
                .path("term_vectors").path(Fields.BODY).path("terms");
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        terms.fields().forEachRemaining(e -> scored.add(Map.entry(e.getKey(), e.getValue().path("score").asDouble())));
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Float> words = new LinkedHashMap<>();
        scored.forEach(e -> words.put(e.getKey(), 1f));
        return words;
    }

    /** Any of {@code words} in the bodies of documents or of passages. */
    private static ObjectNode like(Map<String, Float> words, QueryTranslator.Target target) {
        Dsl.Bool any = new Dsl.Bool();
        words.keySet().forEach(word -> any.should(Dsl.term(target.body, word)));
        return any.minimumShouldMatch(1).build();
    }

    private static ObjectNode idFilter(boolean passages, List<String> ids) {
        return passages ? Dsl.terms(PASSAGE_ID, ids) : Dsl.ids(ids);
    }

    /** The best {@code size} items matching {@code like} and {@code restriction}, with their scores. */
    private List<ScoredId> scored(ObjectNode like, boolean passages, Dsl.Bool restriction, int size)
            throws IOException {
        ObjectNode request = Dsl.object();
        request.put("size", size).put("_source", false);
        if (!passages) {
            request.set("query", restriction.must(like).build());
            List<ScoredId> found = new ArrayList<>();
            search(request).forEach(hit -> found.add(new ScoredId(hit.path("_id").asText(),
                    hit.path("_score").asDouble())));
            return found;
        }
        ObjectNode nested = Dsl.nested(restriction.must(like).build());
        ObjectNode inner = ((ObjectNode) nested.get("nested")).putObject("inner_hits");
        inner.put("size", Math.min(size, RankedSearch.MAX_INNER_HITS)).put("_source", false);
        inner.putArray("docvalue_fields").add(PASSAGE_ID);
        request.set("query", nested);
        List<ScoredId> found = new ArrayList<>();
        for (JsonNode hit : search(request)) {
            for (JsonNode passage : hit.path("inner_hits").path(Fields.PASSAGES).path("hits").path("hits")) {
                found.add(new ScoredId(passage.path("fields").path(PASSAGE_ID).path(0).asText(),
                        passage.path("_score").asDouble()));
            }
        }
        found.sort(Comparator.comparingDouble(ScoredId::score).reversed());
        return found.subList(0, Math.min(size, found.size()));
    }

    private JsonNode search(ObjectNode request) throws IOException {
        return cluster.call("POST", "/" + index + "/_search", request).path("hits").path("hits");
    }

    private static double clamp(double value) {
        return Math.min(1.0, Math.max(0.0, value));
    }
}
