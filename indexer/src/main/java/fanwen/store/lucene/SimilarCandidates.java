package fanwen.store.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import fanwen.fingerprint.MinHashSignature;
import fanwen.fingerprint.NormalizedText;
import fanwen.fingerprint.Shingles;
import fanwen.index.Analyzers;
import fanwen.model.DocumentHit;
import fanwen.model.PassageHit;
import fanwen.store.BandCandidate;
import fanwen.store.ItemKind;
import fanwen.store.ItemSource;
import fanwen.store.ScoredId;
import fanwen.store.Topical;
import fanwen.store.lucene.hits.Hits;
import fanwen.store.lucene.hits.MatchHighlighter;

/**
 * The candidates of similar items, read from the index: an item's source, the items sharing its signature bands,
 * the other versions of a document (same title key), and how strongly items match its distinctive words — Lucene's
 * {@link MoreLikeThis}, tf·idf over the bodies, relative to the source's own score. What is similar is decided above
 * the store ({@code fanwen.similar}).
 */
final class SimilarCandidates {

    /** Distinctive words taken from the source text. */
    private static final int QUERY_TERMS = 50;
    private static final Set<String> SOURCE_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.SIGNATURE);

    private final FanwenIndex index;
    private final Analyzer analyzer = Analyzers.indexWithoutStopWords();

    SimilarCandidates(FanwenIndex index) {
        this.index = index;
    }

    Optional<ItemSource> source(ItemKind kind, String id) throws IOException {
        return index.withSearcher(searcher -> {
            Optional<Integer> doc = docOf(searcher, kind, id);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            if (kind == ItemKind.PASSAGE) { // a passage's signature is computed: it is short
                String text = new PassageReader(searcher).read(doc.get()).text();
                return Optional.of(new ItemSource(id, text, Optional.empty(),
                        MinHashSignature.of(Shingles.of(NormalizedText.of(text)))));
            }
            Document stored = StoredFieldLoader.load(searcher.storedFields(), doc.get(), SOURCE_FIELDS);
            String text = new PassageReader(searcher).documentText(doc.get());
            BytesRef signature = stored.getBinaryValue(Schema.SIGNATURE);
            return Optional.of(new ItemSource(id, text, Optional.ofNullable(stored.get(Schema.TITLE)),
                    signature != null ? MinHashSignature.fromBytes(BytesRef.deepCopyOf(signature).bytes)
                            : MinHashSignature.of(Shingles.of(NormalizedText.of(text)))));
        });
    }

    String text(ItemKind kind, String id) throws IOException {
        return index.withSearcher(searcher -> {
            Optional<Integer> doc = docOf(searcher, kind, id);
            if (doc.isEmpty()) {
                return "";
            }
            PassageReader passages = new PassageReader(searcher);
            return kind == ItemKind.PASSAGE ? passages.read(doc.get()).text() : passages.documentText(doc.get());
        });
    }

    List<BandCandidate> sharingBands(ItemKind kind, String excludeId, List<MinHashSignature.Band> bands, int max)
            throws IOException {
        if (bands.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder anyBand = new BooleanQuery.Builder();
        for (MinHashSignature.Band band : bands) {
            anyBand.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.SIGNATURE_BAND,
                    new BytesRef(band.bytes())))), Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(anyBand.build(), Occur.MUST)
                .add(kindFilter(kind), Occur.FILTER);
        if (excludeId != null) {
            query.add(new TermQuery(new Term(Schema.ID, excludeId)), Occur.MUST_NOT);
        }
        return index.withSearcher(searcher -> {
            List<BandCandidate> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
                Document stored = StoredFieldLoader.load(searcher.storedFields(), hit.doc,
                        Set.of(Schema.ID, Schema.SIGNATURE));
                BytesRef signature = stored.getBinaryValue(Schema.SIGNATURE);
                found.add(new BandCandidate(stored.get(Schema.ID), signature == null ? Optional.empty()
                        : Optional.of(MinHashSignature.fromBytes(BytesRef.deepCopyOf(signature).bytes))));
            }
            return found;
        });
    }

    List<String> sameTitle(String title, String excludeId, int max) throws IOException {
        String key = Schema.titleKey(title);
        if (key.isEmpty()) {
            return List.of();
        }
        Query sameTitle = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.TITLE_KEY, key)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.ID, excludeId)), Occur.MUST_NOT)
                .build();
        return index.withSearcher(searcher -> {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(sameTitle, max).scoreDocs) {
                ids.add(idOf(searcher, hit.doc));
            }
            return ids;
        });
    }

    Topical topical(ItemKind kind, String id, String text, int size, Set<String> alsoScore) throws IOException {
        return index.withSearcher(searcher -> {
            Query like = likeQuery(searcher, text);
            Map<String, Float> words = wordsOf(like);
            Query self = new BooleanQuery.Builder().add(like, Occur.MUST).add(kindFilter(kind), Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.ID, id)), Occur.FILTER).build();
            ScoreDoc[] selfTop = searcher.search(self, 1).scoreDocs;
            double selfScore = selfTop.length == 0 ? 0 : selfTop[0].score;
            Map<String, Double> scores = new LinkedHashMap<>();
            if (selfScore <= 0) {
                return new Topical(scores, words);
            }
            Query others = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(kindFilter(kind), Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
                    .build();
            for (ScoreDoc hit : searcher.search(others, size).scoreDocs) {
                scores.put(idOf(searcher, hit.doc), clamp(hit.score / selfScore));
            }
            List<BytesRef> unscored = alsoScore.stream().filter(other -> !scores.containsKey(other))
                    .map(BytesRef::new).toList();
            if (!unscored.isEmpty()) {
                Query these = new BooleanQuery.Builder().add(like, Occur.MUST)
                        .add(kindFilter(kind), Occur.FILTER)
                        .add(new TermInSetQuery(Schema.ID, unscored), Occur.FILTER).build();
                for (ScoreDoc hit : searcher.search(these, unscored.size()).scoreDocs) {
                    scores.put(idOf(searcher, hit.doc), clamp(hit.score / selfScore));
                }
            }
            return new Topical(scores, words);
        });
    }

    List<DocumentHit> documentHits(List<ScoredId> ids, Topical topical) throws IOException {
        return index.withSearcher(searcher -> Hits.documentHits(searcher, scoreDocs(searcher, ItemKind.DOCUMENT, ids),
                new MatchHighlighter(queryOf(topical.words()))));
    }

    List<PassageHit> passageHits(List<ScoredId> ids, Topical topical) throws IOException {
        return index.withSearcher(searcher -> {
            MatchHighlighter highlighter = new MatchHighlighter(queryOf(topical.words()));
            PassageReader passages = new PassageReader(searcher);
            List<PassageHit> hits = new ArrayList<>(ids.size());
            for (ScoreDoc hit : scoreDocs(searcher, ItemKind.PASSAGE, ids)) {
                hits.add(Hits.passageHit(searcher, hit, highlighter, passages));
            }
            return hits;
        });
    }

    /** The Lucene documents of {@code ids} of {@code kind}, in order, scored as given; ids not found are left out. */
    private static List<ScoreDoc> scoreDocs(IndexSearcher searcher, ItemKind kind, List<ScoredId> ids)
            throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query these = new BooleanQuery.Builder().add(kindFilter(kind), Occur.FILTER)
                .add(new TermInSetQuery(Schema.ID, ids.stream().map(s -> new BytesRef(s.id())).toList()),
                        Occur.FILTER).build();
        Map<String, Integer> docs = new HashMap<>();
        for (ScoreDoc hit : searcher.search(these, ids.size()).scoreDocs) {
            docs.put(idOf(searcher, hit.doc), hit.doc);
        }
        List<ScoreDoc> ordered = new ArrayList<>(ids.size());
        for (ScoredId scored : ids) {
            Integer doc = docs.get(scored.id());
            if (doc != null) {
                ordered.add(new ScoreDoc(doc, (float) scored.score()));
            }
        }
        return ordered;
    }

    /** The item with {@code id}: a document, or a passage or whole section (both are read as passages). */
    private static Optional<Integer> docOf(IndexSearcher searcher, ItemKind kind, String id) throws IOException {
        Query item = new TermQuery(new Term(Schema.ID, id));
        ScoreDoc[] self = searcher.search(kind == ItemKind.DOCUMENT ? FanwenIndex.kindAnd(Schema.KIND_DOCUMENT, item)
                : new BooleanQuery.Builder().add(item, Occur.MUST)
                        .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)), Occur.MUST_NOT).build(),
                1).scoreDocs;
        return self.length == 0 ? Optional.empty() : Optional.of(self[0].doc);
    }

    private static String idOf(IndexSearcher searcher, int doc) throws IOException {
        return StoredFieldLoader.load(searcher.storedFields(), doc, Set.of(Schema.ID)).get(Schema.ID);
    }

    private static Query kindFilter(ItemKind kind) {
        return new TermQuery(new Term(Schema.KIND, Schema.kind(kind)));
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

    /** The body words of a like-query and their boosts (1 where none is given). */
    private static Map<String, Float> wordsOf(Query like) {
        Map<String, Float> words = new LinkedHashMap<>();
        if (like instanceof BooleanQuery bool) {
            for (var clause : bool.clauses()) {
                float boost = 1f;
                Query inner = clause.query();
                if (inner instanceof BoostQuery boosted) {
                    boost = boosted.getBoost();
                    inner = boosted.getQuery();
                }
                float weight = boost;
                inner.visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(Query query, Term... terms) {
                        for (Term term : terms) {
                            words.put(term.text(), weight);
                        }
                    }
                });
            }
        }
        return words;
    }

    /** The like-query of {@code words}: what a highlighter and the passage picker read. */
    private static Query queryOf(Map<String, Float> words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.forEach((word, boost) -> {
            Query term = new TermQuery(new Term(Schema.BODY, word));
            query.add(boost == 1f ? term : new BoostQuery(term, boost), Occur.SHOULD);
        });
        return query.build();
    }

    private static double clamp(double value) {
        return Math.min(1.0, Math.max(0.0, value));
    }
}
