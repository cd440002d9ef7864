package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import fanwen.query.RankingRules;
import fanwen.store.lucene.PassageReader;

/**
 * Orders passage hits so that a page shows many documents: each document's best {@value #PER_DOCUMENT} passages
 * first (in the order found), then its next {@value #PER_DOCUMENT}, and so on — a writer looking for models of a
 * section wants several sources, not one long document's every paragraph. Within a round the order found is kept,
 * and hits that all come from one document keep it whole.
 */
final class FewPerDocument {

    static final int PER_DOCUMENT = RankingRules.PASSAGES_PER_DOCUMENT;

    private FewPerDocument() {
    }

    /** The first {@code wanted} of {@code hits} in that order. */
    static ScoreDoc[] order(IndexSearcher searcher, ScoreDoc[] hits, int wanted) throws IOException {
        PassageReader passages = new PassageReader(searcher);
        Map<Integer, Integer> seen = new HashMap<>();
        List<List<ScoreDoc>> rounds = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            int nth = seen.merge(passages.parentOf(hit.doc), 1, Integer::sum) - 1;
            int round = nth / PER_DOCUMENT;
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(hit);
        }
        List<ScoreDoc> ordered = new ArrayList<>(Math.min(wanted, hits.length));
        for (List<ScoreDoc> round : rounds) {
            for (ScoreDoc hit : round) {
                if (ordered.size() == wanted) {
                    return ordered.toArray(ScoreDoc[]::new);
                }
                ordered.add(hit);
            }
        }
        return ordered.toArray(ScoreDoc[]::new);
    }
}
