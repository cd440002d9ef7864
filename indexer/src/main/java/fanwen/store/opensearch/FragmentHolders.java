package fanwen.store.opensearch;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;

/**
 * The texts holding the run of a remembered fragment ({@link RankingRules#fragmentRun}), as a query of the cluster:
 * the run verbatim in their text (its bigrams in a row), a document's title or a passage's own heading. Words typed
 * apart are a fragment only when at most {@value RankingRules#FRAGMENT_HOLDERS} documents hold their run — a count
 * the cluster answers first.
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
        if (parsed.words().size() > 1) {
            ObjectNode count = Dsl.object();
            count.set("query", documents ? holders : Dsl.nested(holders));
            if (cluster.call("POST", "/" + index + "/_count", count).path("count").asLong()
                    > RankingRules.FRAGMENT_HOLDERS) {
                return Optional.empty();
            }
        }
        return Optional.of(holders);
    }
}
