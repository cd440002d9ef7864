package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSet;

import fanwen.store.lucene.PassageReader;

/**
 * Picks the passages of a document that best match a query, to cut the document's snippets from. A
 * document's passages are the Lucene documents just before it in its block, so they are found by doc id
 * range, not by a search; the query's weight is built once and scored over each range.
 *
 * <p>This relies on two facts of the index: it has no index sort (blocks stay contiguous), and documents
 * are only ever deleted or updated as whole blocks (by {@code block_id}), so the range before a live
 * parent holds exactly its live passages.
 */
public final class PassagePicker {

    private final IndexSearcher searcher;
    private final Weight weight;

    public PassagePicker(IndexSearcher searcher, Query ranking) throws IOException {
        this.searcher = searcher;
        this.weight = searcher.createWeight(searcher.rewrite(ranking), ScoreMode.COMPLETE, 1f);
    }

    /** A passage of a document: its top-level doc id and how well it matched (0 when it did not). */
    public record Picked(int doc, float score) {
    }

    /**
     * Up to {@code max} passages of the document with top-level id {@code parentDoc}, best first; when none
     * matches, its first passage (score 0); empty if it has no passages.
     */
    public List<Picked> best(int parentDoc, int max) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(parentDoc, leaves));
        int parent = parentDoc - leaf.docBase;
        BitSet parents = PassageReader.PARENTS.getBitSet(leaf);
        int first = parent == 0 || parents == null ? 0 : parents.prevSetBit(parent - 1) + 1;
        if (first >= parent) {
            return List.of();
        }
        List<Picked> matched = new ArrayList<>();
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.advance(first); doc < parent; doc = docs.nextDoc()) {
                matched.add(new Picked(leaf.docBase + doc, scorer.score()));
            }
        }
        if (matched.isEmpty()) {
            return List.of(new Picked(leaf.docBase + first, 0f));
        }
        // equal scores keep text order: the sort is stable and passages come in text order
        matched.sort(Comparator.comparingDouble(Picked::score).reversed());
        return matched.subList(0, Math.min(max, matched.size()));
    }
}
