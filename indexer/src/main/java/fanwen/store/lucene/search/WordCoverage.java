package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Orders hits that have only some of a query's words so that those with more of the words come first — the
 * rule "all the words beat some", carried on to "more of them beat fewer" — keeping the score order among
 * hits with as many words.
 */
public final class WordCoverage {

    private WordCoverage() {
    }

    /**
     * {@code hits} (in score order) with their first {@code depth} reordered by how many of {@code words}
     * each matches, most first; the hits after {@code depth} keep their place, so every page of a result list
     * agrees on the order whatever its size.
     */
    public static List<ScoreDoc> moreWordsFirst(IndexSearcher searcher, List<Query> words, List<ScoreDoc> hits, int depth)
            throws IOException {
        int reordered = Math.min(depth, hits.size());
        if (words.size() < 2 || reordered < 2) {
            return hits;
        }
        List<ScoreDoc> head = new ArrayList<>(hits.subList(0, reordered));
        int[] matched = countMatches(searcher, words, head);
        List<Integer> order = new ArrayList<>(reordered);
        for (int i = 0; i < reordered; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -matched[i])); // stable: ties keep the score order
        List<ScoreDoc> out = new ArrayList<>(hits.size());
        order.forEach(i -> out.add(head.get(i)));
        out.addAll(hits.subList(reordered, hits.size()));
        return out;
    }

    /** For each hit, how many of {@code words} it matches. */
    private static int[] countMatches(IndexSearcher searcher, List<Query> words, List<ScoreDoc> hits)
            throws IOException {
        int[] matched = new int[hits.size()];
        int[] docs = hits.stream().mapToInt(hit -> hit.doc).toArray();
        for (Query word : words) {
            boolean[] matches = MatchingHits.of(searcher, word, docs);
            for (int i = 0; i < matched.length; i++) {
                if (matches[i]) {
                    matched[i]++;
                }
            }
        }
        return matched;
    }
}
