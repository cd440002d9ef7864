package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

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
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (QueryBuilder.Preference preference : preferences) {
            Weight weight = searcher.createWeight(searcher.rewrite(preference.match()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            int leafIndex = -1;
            DocIdSetIterator matches = null;
            LeafReaderContext leaf = null;
            for (ScoreDoc hit : byDoc) {
                int index = ReaderUtil.subIndex(hit.doc, leaves);
                if (index != leafIndex) {
                    leafIndex = index;
                    leaf = leaves.get(index);
                    Scorer scorer = weight.scorer(leaf);
                    matches = scorer == null ? null : scorer.iterator();
                }
                if (matches == null) {
                    continue;
                }
                int local = hit.doc - leaf.docBase;
                int at = matches.docID() < local ? matches.advance(local) : matches.docID();
                if (at == local) {
                    hit.score *= preference.factor();
                }
            }
        }
        Arrays.sort(byDoc, Comparator.comparingDouble((ScoreDoc h) -> h.score).reversed()
                .thenComparingInt(h -> h.doc));
        return Arrays.copyOf(byDoc, Math.min(wanted, byDoc.length));
    }
}
