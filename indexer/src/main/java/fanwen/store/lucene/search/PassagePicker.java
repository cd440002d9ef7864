package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Picks the passages of a page's documents that best match a query, to cut the documents' snippets from. A
 * document's passages are the Lucene documents just before it in its block, so they are found by doc id
 * range, not by a search; the query's weight is built once and scored over the ranges of the page in doc order,
 * one scorer per segment.
 *
 * <p>This relies on two facts of the index: it has no index sort (blocks stay contiguous), and documents
 * are only ever deleted or updated as whole blocks (by {@code block_id}), so the range before a live
 * parent holds exactly its live passages.
 */
public final class PassagePicker {

    private final Map<Integer, List<Picked>> picked;

    private PassagePicker(Map<Integer, List<Picked>> picked) {
        this.picked = picked;
    }

    /** A passage of a document: its top-level doc id and how well it matched (0 when it did not). */
    public record Picked(int doc, float score) {
    }

    /**
     * Up to {@code max} passages of each document of {@code parentDocs} (top-level ids), best by {@code ranking}
     * first; when none matches, its first passage (score 0); none if it has no passages.
     */
    public static PassagePicker pick(IndexSearcher searcher, Query ranking, int[] parentDocs, int max)
            throws IOException {
        Map<Integer, List<Picked>> picked = new HashMap<>();
        if (parentDocs.length == 0) {
            return new PassagePicker(picked);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(ranking), ScoreMode.COMPLETE, 1f);
        int[] sorted = parentDocs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        Scorer scorer = null;
        for (int parentDoc : sorted) {
            int index = ReaderUtil.subIndex(parentDoc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                scorer = weight.scorer(leaf);
            }
            picked.put(parentDoc, best(leaf, parentDoc - leaf.docBase, scorer, max));
        }
        return new PassagePicker(picked);
    }

    /** The passages picked for the document with top-level id {@code parentDoc}, best first. */
    public List<Picked> best(int parentDoc) {
        return picked.getOrDefault(parentDoc, List.of());
    }

    /** The best of the passages of {@code parent}; {@code scorer} is only ever advanced, parents come in doc order. */
    private static List<Picked> best(LeafReaderContext leaf, int parent, Scorer scorer, int max) throws IOException {
        BitSet parents = PassageReader.PARENTS.getBitSet(leaf);
        int first = parent == 0 || parents == null ? 0 : parents.prevSetBit(parent - 1) + 1;
        if (first >= parent) {
            return List.of();
        }
        List<Picked> matched = new ArrayList<>();
        if (scorer != null) {
            DocIdSetIterator docs = scorer.iterator();
            int doc = docs.docID() < first ? docs.advance(first) : docs.docID();
            for (; doc < parent; doc = docs.nextDoc()) {
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
