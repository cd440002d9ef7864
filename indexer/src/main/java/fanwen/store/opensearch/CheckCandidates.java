package fanwen.store.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;

import fanwen.index.Analyzers;
import fanwen.store.StoredPassage;

/**
 * The duplicate check's candidates on the cluster, by the embedded store's rule: a sentence's rarest character
 * bigrams (those in the fewest passages) are queried among the nested passages, and a passage must hold several of
 * them; the passages holding most of them, best scored, come first. The bigrams are cut here with Fanwen's own
 * bigram analyzer, the one the plugin's {@code fanwen_bigram} runs on the cluster.
 */
final class CheckCandidates {

    /** Bigrams queried per sentence. */
    private static final int PROBES = 8;
    /** Of which a candidate must hold at least this many (fewer if the sentence has fewer). */
    private static final int MIN_PROBES_MATCHED = 3;
    private static final int BIGRAMS_PER_REQUEST = 1000;
    private static final String BIGRAM_FIELD = Fields.PASSAGES + "." + Fields.BODY + Fields.BIGRAM;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Cluster cluster;
    private final String index;

    CheckCandidates(Cluster cluster, String index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** For each sentence, up to {@code perSentence} passages likely to contain it, best first. */
    List<List<StoredPassage>> of(List<String> sentences, int perSentence) throws IOException {
        List<Set<String>> bigrams = new ArrayList<>(sentences.size());
        Set<String> all = new LinkedHashSet<>();
        try (Analyzer analyzer = Analyzers.bigrams()) {
            for (String sentence : sentences) {
                Set<String> distinct = Analyzers.distinctTerms(analyzer, sentence);
                bigrams.add(distinct);
                all.addAll(distinct);
            }
        }
        Map<String, Integer> passagesHolding = passagesHolding(List.copyOf(all));
        List<List<StoredPassage>> candidates = new ArrayList<>(sentences.size());
        for (Set<String> sentence : bigrams) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the check was abandoned (its request ran out of time)");
            }
            List<String> probes = sentence.stream().filter(passagesHolding::containsKey)
                    .sorted(Comparator.comparingInt(passagesHolding::get)).limit(PROBES).toList();
            candidates.add(probes.size() < 2 ? List.of() : holdingSeveral(probes, perSentence));
        }
        return candidates;
    }

    /** The passages holding at least {@value #MIN_PROBES_MATCHED} of {@code probes}, best first. */
    private List<StoredPassage> holdingSeveral(List<String> probes, int max) throws IOException {
        ObjectNode search = JSON.objectNode().put("size", max);
        search.putObject("_source").putArray("includes").add(Fields.ID).add(Fields.TITLE)
                .add(Fields.STORED + "." + Fields.SOURCE);
        ObjectNode nested = search.putObject("query").putObject("nested").put("path", Fields.PASSAGES)
                .put("score_mode", "max");
        ObjectNode any = nested.putObject("query").putObject("bool");
        ArrayNode should = any.putArray("should");
        probes.forEach(probe -> should.addObject().putObject("term").put(BIGRAM_FIELD, probe));
        any.put("minimum_should_match", Math.min(MIN_PROBES_MATCHED, probes.size()));
        ObjectNode inner = nested.putObject("inner_hits").put("size", max);
        inner.putObject("_source").putArray("includes").add(Fields.PASSAGES + "." + Fields.ID)
                .add(Fields.PASSAGES + "." + Fields.START).add(Fields.PASSAGES + "." + Fields.BODY);
        List<Scored> found = new ArrayList<>();
        for (JsonNode hit : cluster.call("POST", "/" + index + "/_search", search).path("hits").path("hits")) {
            JsonNode document = hit.path("_source");
            for (JsonNode passage : hit.path("inner_hits").path(Fields.PASSAGES).path("hits").path("hits")) {
                JsonNode p = passage.path("_source");
                found.add(new Scored(passage.path("_score").asDouble(), new StoredPassage(
                        document.path(Fields.ID).asText(), p.path(Fields.ID).asText(),
                        document.path(Fields.TITLE).asText(""),
                        document.path(Fields.STORED).path(Fields.SOURCE).asText(""), p.path(Fields.START).asInt(),
                        p.path(Fields.BODY).asText(""))));
            }
        }
        return found.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(max)
                .map(Scored::passage).toList();
    }

    private record Scored(double score, StoredPassage passage) {
    }

    /** In how many passages each of {@code bigrams} occurs, for those that occur at all. */
    private Map<String, Integer> passagesHolding(List<String> bigrams) throws IOException {
        Map<String, Integer> holding = new HashMap<>();
        for (int from = 0; from < bigrams.size(); from += BIGRAMS_PER_REQUEST) {
            List<String> part = bigrams.subList(from, Math.min(bigrams.size(), from + BIGRAMS_PER_REQUEST));
            ObjectNode search = JSON.objectNode().put("size", 0);
            ObjectNode passages = search.putObject("aggs").putObject("passages");
            passages.putObject("nested").put("path", Fields.PASSAGES);
            ObjectNode filters = passages.putObject("aggs").putObject("bigrams").putObject("filters")
                    .putObject("filters");
            for (int i = 0; i < part.size(); i++) {
                filters.putObject(Integer.toString(i)).putObject("term").put(BIGRAM_FIELD, part.get(i));
            }
            JsonNode buckets = cluster.call("POST", "/" + index + "/_search", search).path("aggregations")
                    .path("passages").path("bigrams").path("buckets");
            for (int i = 0; i < part.size(); i++) {
                int count = buckets.path(Integer.toString(i)).path("doc_count").asInt();
                if (count > 0) {
                    holding.put(part.get(i), count);
                }
            }
        }
        return holding;
    }

}
