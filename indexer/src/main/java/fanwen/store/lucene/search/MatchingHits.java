package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Which of a few hits a query matches, checking those hits only. A phrase's iterator, advanced to a hit, would verify
 * positions in every document between the hits until it found a match; here the cheap approximation is advanced and
 * positions are verified for the hits alone.
 */
final class MatchingHits {

    private MatchingHits() {
    }

    /** For each of {@code docs} (top-level ids, any order, no repeats), whether {@code query} matches it. */
    static boolean[] of(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        boolean[] matched = new boolean[docs.length];
        if (docs.length == 0) {
            return matched;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Integer[] byDoc = new Integer[docs.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int from = 0;
        while (from < byDoc.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[byDoc[from]], leaves));
            int to = from;
            while (to < byDoc.length && docs[byDoc[to]] < leaf.docBase + leaf.reader().maxDoc()) {
                to++;
            }
            markLeaf(weight, leaf, docs, Arrays.copyOfRange(byDoc, from, to), matched);
            from = to;
        }
        return matched;
    }

    /** Marks which of the hits {@code inLeaf} (indexes into {@code docs}, in doc order) the weight matches. */
    private static void markLeaf(Weight weight, LeafReaderContext leaf, int[] docs, Integer[] inLeaf,
                                 boolean[] matched) throws IOException {
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        if (supplier == null) {
            return;
        }
        Scorer scorer = supplier.get(inLeaf.length);
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        for (int i : inLeaf) {
            int local = docs[i] - leaf.docBase;
            int at = approximation.docID() < local ? approximation.advance(local) : approximation.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                return;
            }
            matched[i] = at == local && (twoPhase == null || twoPhase.matches());
        }
    }
}
