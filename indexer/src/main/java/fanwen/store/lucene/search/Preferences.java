package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import fanwen.query.RankingRules;

/**
 * Applies the genre's preferences ({@link QueryBuilder#preferences}) to the best hits of a query: each hit's score is
 * multiplied by the factor of every preference it matches, and the hits are ordered again. Only the best
 * {@value #DEPTH} hits by the query's own score are looked at — the query keeps its dynamic pruning, and a preference
 * is checked for a few hundred documents instead of every match.
 */
final class Preferences {

    /** How many of the best hits a preference can reorder. */
    static final int DEPTH = RankingRules.PREFERENCE_DEPTH;

    private Preferences() {
    }

    /** The best {@code wanted} of {@code hits} (the query's best, by its own score) once preferred. */
    static ScoreDoc[] apply(IndexSearcher searcher, ScoreDoc[] hits, List<QueryBuilder.Preference> preferences,
                            int wanted) throws IOException {
        ScoreDoc[] byDoc = Arrays.stream(hits).map(h -> new ScoreDoc(h.doc, h.score))
                .sorted(Comparator.comparingInt(h -> h.doc)).toArray(ScoreDoc[]::new);
        int[] docs = Arrays.stream(byDoc).mapToInt(h -> h.doc).toArray();
        for (QueryBuilder.Preference preference : preferences) {
            boolean[] matched = MatchingHits.of(searcher, preference.match(), docs);
            for (int i = 0; i < byDoc.length; i++) {
                if (matched[i]) {
                    byDoc[i].score *= preference.factor();
                }
            }
        }
        Arrays.sort(byDoc, Comparator.comparingDouble((ScoreDoc h) -> h.score).reversed()
                .thenComparingInt(h -> h.doc));
        return Arrays.copyOf(byDoc, Math.min(wanted, byDoc.length));
    }
}
