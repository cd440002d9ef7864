package fanwen.store.opensearch;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;

/**
 * The texts holding the run of a remembered fragment ({@link RankingRules#fragmentRun}), as a query of the cluster:
 * the run verbatim in their text (its bigrams in a row), a document's title or a passage's own heading. Words typed
 * apart are a fragment only when at most {@value RankingRules#FRAGMENT_HOLDERS} texts hold their run — documents, or
 * passages when passages are searched, as the embedded store counts them — a count the cluster answers first.
 */
final class FragmentHolders {

    private FragmentHolders() {
    }

    /** The holders' query for {@code parsed} over {@code target}, if the query is a remembered fragment. */
    static Optional<ObjectNode> of(ParsedQuery parsed, QueryTranslator.Target target, Cluster cluster, String index)
            throws IOException {
        Optional<String> run = RankingRules.fragmentRun(parsed, text -> QueryTranslator.segments(text).size());
        if (run.isEmpty()) {
            return Optional.empty();
        }
        boolean documents = target == QueryTranslator.Target.DOCUMENTS;
        ObjectNode holders = new Dsl.Bool()
                .should(Dsl.phrase(target.bigram, run.get(), 0, 1f, null))
                .should(documents ? Dsl.phrase(Fields.TITLE + Fields.BIGRAM, run.get(), 0, 1f, null)
                        : Dsl.phrase(target.label, run.get(), 0, 1f, Dsl.PHRASE_ANALYZER))
                .build();
        if (parsed.words().size() > 1 && texts(holders, documents, cluster, index) > RankingRules.FRAGMENT_HOLDERS) {
            return Optional.empty();
        }
        return Optional.of(holders);
    }

    /** How many texts match {@code holders}: documents, or passages (not the documents holding them). */
    private static long texts(ObjectNode holders, boolean documents, Cluster cluster, String index)
            throws IOException {
        ObjectNode request = Dsl.object();
        if (documents) {
            request.set("query", holders);
            return cluster.call("POST", "/" + index + "/_count", request).path("count").asLong();
        }
        request.set("query", Dsl.nested(holders));
        request.put("size", 0).put("track_total_hits", false);
        ObjectNode passages = request.putObject("aggs").putObject("passages");
        passages.putObject("nested").put("path", Fields.PASSAGES);
        passages.putObject("aggs").putObject("holding").set("filter", holders);
        return cluster.call("POST", "/" + index + "/_search", request)
                .path("aggregations").path("passages").path("holding").path("doc_count").asLong();
    }
}
