package fanwen.store.opensearch;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;

/**
 * The texts holding the run of a remembered fragment ({@link RankingRules#fragmentRun}), as a query of the cluster:
 * the run verbatim in their text (its bigrams in a row), a document's title or a passage's own heading. Words typed
 * apart are a fragment only when at most {@value RankingRules#FRAGMENT_HOLDERS} texts hold their run — documents, or
 * passages when passages are searched: the request that ranks counts them in the whole library ({@link #count}, a
 * {@code global} aggregation, rather than a request of its own before it), and its answer says whether the holders'
 * clause — scoring nothing — counts ({@link #remembered}); when it does, the holders are also fetched apart, so that
 * one ranked below the hits fetched still comes first (as the embedded store searches them apart).
 *
 * @param query   the holders' query, over documents or over passages as the search is
 * @param counted whether the holders must be few (words typed apart) for the run to be a fragment
 */
record FragmentHolders(ObjectNode query, boolean counted) {

    private static final String COUNT = "fragment_holders";
    private static final String HOLDERS = "holders";
    private static final String PASSAGES = "passages";

    /** The holders' query for {@code parsed} over {@code target}, if the query may be a remembered fragment. */
    static Optional<FragmentHolders> of(ParsedQuery parsed, QueryTranslator.Target target) {
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
        return Optional.of(new FragmentHolders(holders, parsed.words().size() > 1));
    }

    /**
     * Adds to {@code aggregations} the count of the texts holding the run in the whole library, whatever the request
     * matches, if it must be counted: documents, or passages when passages are searched (not the documents holding
     * them), as the embedded store counts; {@code target} as for {@link #of}.
     */
    void count(ObjectNode aggregations, QueryTranslator.Target target) {
        if (!counted) {
            return;
        }
        ObjectNode count = aggregations.putObject(COUNT);
        count.putObject("global");
        ObjectNode within = count.putObject("aggs");
        if (target == QueryTranslator.Target.PASSAGES) {
            ObjectNode passages = within.putObject(PASSAGES);
            passages.putObject("nested").put("path", Fields.PASSAGES);
            within = passages.putObject("aggs");
        }
        within.putObject(HOLDERS).set("filter", query);
    }

    /** Whether the run is a remembered fragment, from the aggregations of the answer to a request {@link #count}ed. */
    boolean remembered(JsonNode aggregations) {
        JsonNode count = aggregations.path(COUNT);
        JsonNode holders = count.has(PASSAGES) ? count.path(PASSAGES).path(HOLDERS) : count.path(HOLDERS);
        return !counted || holders.path("doc_count").asLong() <= RankingRules.FRAGMENT_HOLDERS;
    }
}
