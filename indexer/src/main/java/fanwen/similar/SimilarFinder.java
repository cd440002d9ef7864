package fanwen.similar;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import fanwen.analysis.ChineseAnalyzer;
import fanwen.analysis.HanLPTokenizer;
import fanwen.index.FanwenIndex;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;
import fanwen.search.DocumentHit;
import fanwen.search.MatchHighlighter;
import fanwen.search.Searcher;

/**
 * Finds the documents (or passages) most like a given one, with Lucene's {@link MoreLikeThis}: the most
 * distinctive words of its body (tf·idf, stop words removed) become a query over the bodies of the others.
 *
 * <p><b>Similarity.</b> A hit's score is divided by the score the source itself gets for the same query
 * (its "self-score"), and clamped to [0, 1]: 1 means the other text matches the source's distinctive words
 * as strongly as the source does. <b>Near duplicate</b>: similarity ≥ {@value #NEAR_DUPLICATE}. This is a
 * ranking-derived heuristic; signature-based near-duplicate detection (MinHash/SimHash) may replace it.
 */
public final class SimilarFinder {

    /** Similarity from which two texts count as near duplicates. */
    public static final double NEAR_DUPLICATE = 0.9;
    /** Distinctive words taken from the source text. */
    private static final int QUERY_TERMS = 50;

    private final FanwenIndex index;
    private final Analyzer analyzer = new ChineseAnalyzer(HanLPTokenizer.Mode.INDEX, true);

    public SimilarFinder(FanwenIndex index) {
        this.index = index;
    }

    /** Up to {@code size} documents most like document {@code id}; empty if there is no such document. */
    public Optional<List<SimilarDocument>> similarDocuments(String id, int size) throws IOException {
        return index.withSearcher(searcher -> {
            Optional<Found> found = similar(searcher, Schema.KIND_DOCUMENT, id, size);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<Scored> scored = found.get().hits();
            List<DocumentHit> documents = Searcher.documentHits(searcher,
                    scored.stream().map(Scored::doc).toList(), found.get().highlighter());
            List<SimilarDocument> hits = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                double similarity = scored.get(i).similarity();
                hits.add(new SimilarDocument(documents.get(i), similarity, similarity >= NEAR_DUPLICATE));
            }
            return Optional.of(hits);
        });
    }

    /** Up to {@code size} passages most like passage {@code passageId}; empty if there is no such passage. */
    public Optional<List<SimilarPassage>> similarPassages(String passageId, int size) throws IOException {
        return index.withSearcher(searcher -> {
            Optional<Found> found = similar(searcher, Schema.KIND_PASSAGE, passageId, size);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<SimilarPassage> hits = new ArrayList<>();
            for (Scored s : found.get().hits()) {
                hits.add(new SimilarPassage(Searcher.passageHit(searcher, s.doc(), found.get().highlighter()),
                        s.similarity(), s.similarity() >= NEAR_DUPLICATE));
            }
            return Optional.of(hits);
        });
    }

    private record Scored(ScoreDoc doc, double similarity) {
    }

    private record Found(List<Scored> hits, MatchHighlighter highlighter) {
    }

    /** The source's similar items of the same kind, or empty if there is no item {@code id} of that kind. */
    private Optional<Found> similar(IndexSearcher searcher, String kind, String id, int size) throws IOException {
        Query self = FanwenIndex.kindAnd(kind, new TermQuery(new Term(Schema.ID, id)));
        TopDocs source = searcher.search(self, 1);
        if (source.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document stored = StoredFieldLoader.load(searcher.storedFields(), source.scoreDocs[0].doc,
                Set.of(Schema.BODY));
        Query like = likeQuery(searcher, stored.get(Schema.BODY));
        Query selfScored = new BooleanQuery.Builder().add(like, Occur.MUST).add(self, Occur.FILTER).build();
        TopDocs selfTop = searcher.search(selfScored, 1);
        double selfScore = selfTop.scoreDocs.length == 0 ? 0 : selfTop.scoreDocs[0].score;
        Query others = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
                .build();
        List<Scored> hits = new ArrayList<>();
        if (selfScore > 0) {
            for (ScoreDoc hit : searcher.search(others, size).scoreDocs) {
                hits.add(new Scored(hit, Math.min(1.0, Math.max(0.0, hit.score / selfScore))));
            }
        }
        return Optional.of(new Found(hits, new MatchHighlighter(like)));
    }

    private Query likeQuery(IndexSearcher searcher, String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{Schema.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(QUERY_TERMS);
        return mlt.like(Schema.BODY, new StringReader(text == null ? "" : text));
    }
}
