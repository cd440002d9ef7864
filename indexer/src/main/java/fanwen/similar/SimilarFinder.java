package fanwen.similar;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import fanwen.fingerprint.MinHashSignature;
import fanwen.index.Analyzers;
import fanwen.index.FanwenIndex;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;
import fanwen.model.DocumentHit;
import fanwen.model.SimilarDocument;
import fanwen.model.SimilarPassage;
import fanwen.search.hits.Hits;
import fanwen.search.hits.MatchHighlighter;
import fanwen.similar.NearDuplicateFinder.NearDuplicate;

/**
 * Finds the documents (or passages) most like a given one.
 *
 * <p><b>Candidates</b> come from three places: Lucene's {@link MoreLikeThis} (the source's most distinctive
 * words, tf·idf, become a query over the other bodies), its near duplicates ({@link NearDuplicateFinder}),
 * and — for documents — its other versions: documents with the same title (a law in two dated versions,
 * this year's and last year's 政府工作报告).
 *
 * <p><b>Similarity</b> of a candidate is the larger of two measures in [0, 1]: how strongly it matches the
 * source's distinctive words relative to the source itself (the MoreLikeThis score divided by the source's
 * own score for the same query), and how much of the wording the two share (the resemblance of their
 * shingles, computed for near duplicates and versions). <b>Order</b>: versions and near duplicates first,
 * then by similarity. {@code nearDuplicate} is set from the resemblance alone (≥
 * {@value NearDuplicateFinder#THRESHOLD}): a text on the same subject in other words is similar, not a
 * near duplicate.
 */
public final class SimilarFinder {

    /** Distinctive words taken from the source text. */
    private static final int QUERY_TERMS = 50;
    /** Most other versions looked at. */
    private static final int MAX_VERSIONS = 20;
    private static final Set<String> SOURCE_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.SIGNATURE, Schema.BODY);

    private final FanwenIndex index;
    private final Analyzer analyzer = Analyzers.indexWithoutStopWords();

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
            List<Candidate> ranked = found.get().ranked();
            List<DocumentHit> documents = Hits.documentHits(searcher,
                    ranked.stream().map(Candidate::scoreDoc).toList(), found.get().highlighter());
            List<SimilarDocument> hits = new ArrayList<>();
            for (int i = 0; i < ranked.size(); i++) {
                hits.add(new SimilarDocument(documents.get(i), ranked.get(i).similarity(), ranked.get(i).nearDuplicate));
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
            for (Candidate c : found.get().ranked()) {
                hits.add(new SimilarPassage(Hits.passageHit(searcher, c.scoreDoc(), found.get().highlighter()),
                        c.similarity(), c.nearDuplicate));
            }
            return Optional.of(hits);
        });
    }

    /** The near duplicates of document {@code id}, most resembling first; empty if there is no such document. */
    public Optional<List<NearDuplicate>> nearDuplicates(String id) throws IOException {
        return index.withSearcher(searcher -> {
            Optional<Source> source = source(searcher, Schema.KIND_DOCUMENT, id);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(NearDuplicateFinder.find(searcher, Schema.KIND_DOCUMENT, id, source.get().body(),
                    source.get().signature()));
        });
    }

    private record Source(SourceText body, String title, MinHashSignature signature) {
    }

    /** One candidate: what is known of it so far. */
    private static final class Candidate {
        final int doc;
        double topical;
        double resemblance;
        boolean nearDuplicate;
        boolean version;

        Candidate(int doc) {
            this.doc = doc;
        }

        double similarity() {
            return Math.max(topical, resemblance);
        }

        boolean first() {
            return version || nearDuplicate;
        }

        ScoreDoc scoreDoc() {
            return new ScoreDoc(doc, (float) similarity());
        }
    }

    private record Found(List<Candidate> ranked, MatchHighlighter highlighter) {
    }

    private Optional<Source> source(IndexSearcher searcher, String kind, String id) throws IOException {
        ScoreDoc[] self = searcher.search(FanwenIndex.kindAnd(kind, new TermQuery(new Term(Schema.ID, id))), 1).scoreDocs;
        if (self.length == 0) {
            return Optional.empty();
        }
        Document stored = StoredFieldLoader.load(searcher.storedFields(), self[0].doc, SOURCE_FIELDS);
        SourceText body = new SourceText(stored.get(Schema.BODY));
        BytesRef signature = stored.getBinaryValue(Schema.SIGNATURE); // documents only: a passage's is recomputed
        return Optional.of(new Source(body, stored.get(Schema.TITLE), signature != null
                ? MinHashSignature.fromBytes(signature) : MinHashSignature.of(body.shingles())));
    }

    /** The source's similar items of the same kind, or empty if there is no item {@code id} of that kind. */
    private Optional<Found> similar(IndexSearcher searcher, String kind, String id, int size) throws IOException {
        Optional<Source> found = source(searcher, kind, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Source source = found.get();
        Query like = likeQuery(searcher, source.body().text());
        Map<Integer, Candidate> candidates = new LinkedHashMap<>();
        for (NearDuplicate near : NearDuplicateFinder.find(searcher, kind, id, source.body(), source.signature())) {
            Candidate c = candidates.computeIfAbsent(near.doc(), Candidate::new);
            c.resemblance = near.resemblance();
            c.nearDuplicate = true;
        }
        if (kind.equals(Schema.KIND_DOCUMENT) && source.title() != null) {
            addVersions(searcher, id, source, candidates);
        }
        addTopical(searcher, kind, id, like, size, candidates);
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparing(Candidate::first).thenComparingDouble(Candidate::similarity).reversed());
        return Optional.of(new Found(ranked.subList(0, Math.min(size, ranked.size())), new MatchHighlighter(like)));
    }

    /** Other documents with the same title, with their exact resemblance to the source. */
    private static void addVersions(IndexSearcher searcher, String id, Source source,
                                    Map<Integer, Candidate> candidates) throws IOException {
        String key = Schema.titleKey(source.title());
        if (key.isEmpty()) {
            return;
        }
        Query sameTitle = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TITLE_KEY, key)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
                .build();
        for (ScoreDoc hit : searcher.search(sameTitle, MAX_VERSIONS).scoreDocs) {
            Candidate c = candidates.computeIfAbsent(hit.doc, Candidate::new);
            c.version = true;
            if (!c.nearDuplicate) {
                c.resemblance = NearDuplicateFinder.resemblance(searcher, source.body(), hit.doc);
            }
        }
    }

    /**
     * The topical similarity of the candidates so far, and the best other items by it. Scores are relative
     * to the source's own score for the same query, clamped to [0, 1].
     */
    private static void addTopical(IndexSearcher searcher, String kind, String id, Query like, int size,
                                   Map<Integer, Candidate> candidates) throws IOException {
        Query self = FanwenIndex.kindAnd(kind, new TermQuery(new Term(Schema.ID, id)));
        ScoreDoc[] selfTop = searcher.search(new BooleanQuery.Builder().add(like, Occur.MUST)
                .add(self, Occur.FILTER).build(), 1).scoreDocs;
        double selfScore = selfTop.length == 0 ? 0 : selfTop[0].score;
        if (selfScore <= 0) {
            return;
        }
        Query others = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
                .build();
        for (ScoreDoc hit : searcher.search(others, size).scoreDocs) {
            candidates.computeIfAbsent(hit.doc, Candidate::new).topical = clamp(hit.score / selfScore);
        }
        List<BytesRef> unscored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.topical == 0) {
                unscored.add(new BytesRef(StoredFieldLoader.load(searcher.storedFields(), c.doc, Set.of(Schema.ID))
                        .get(Schema.ID)));
            }
        }
        if (unscored.isEmpty()) {
            return;
        }
        Query scoreThese = new BooleanQuery.Builder().add(like, Occur.MUST)
                .add(new TermInSetQuery(Schema.ID, unscored), Occur.FILTER).build();
        for (ScoreDoc hit : searcher.search(scoreThese, unscored.size()).scoreDocs) {
            Candidate c = candidates.get(hit.doc);
            if (c != null) {
                c.topical = clamp(hit.score / selfScore);
            }
        }
    }

    private static double clamp(double value) {
        return Math.min(1.0, Math.max(0.0, value));
    }

    private Query likeQuery(IndexSearcher searcher, String text) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{Schema.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(QUERY_TERMS);
        return mlt.like(Schema.BODY, new StringReader(text));
    }
}
