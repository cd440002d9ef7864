package fanwen.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import fanwen.fingerprint.MinHashSignature;
import fanwen.index.AnalyzedDocument;
import fanwen.index.Analyzers;
import fanwen.index.IndexableDocument;
import fanwen.model.DocumentHit;
import fanwen.model.DocumentView;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.query.ParsedQuery;
import fanwen.store.BandCandidate;
import fanwen.store.ItemKind;
import fanwen.store.ItemSource;
import fanwen.store.LibraryStore;
import fanwen.store.ScoredId;
import fanwen.store.StoreCounts;
import fanwen.store.StoredDocument;
import fanwen.store.StoredPassage;
import fanwen.store.SuggestionSources;
import fanwen.store.Topical;
import fanwen.store.lucene.hits.DocumentReader;
import fanwen.store.lucene.search.Searcher;

/**
 * The embedded store: a Lucene index in one folder of the data folder ({@link FanwenIndex}), laid out as
 * {@link Schema} says, searched by {@link Searcher}.
 */
public final class LuceneStore implements LibraryStore {

    /** The stored fields a document is re-indexed from. */
    private static final Set<String> STORED_DOCUMENT_FIELDS = Set.of(Schema.ID, Schema.ORIGINAL_HASH, Schema.SOURCE,
            Schema.ORIGIN, Schema.MEDIA_TYPE, Schema.DECLARED, Schema.TITLE, Schema.TYPE, Schema.YEAR,
            Schema.DATE_TEXT, Schema.UNIT, Schema.TAG);

    private final FanwenIndex index;
    private final Searcher searcher;
    private final DocumentReader reader;
    private final SimilarCandidates similar;
    private final Analyzer bigrams = Analyzers.bigrams();

    private LuceneStore(FanwenIndex index) {
        this.index = index;
        this.searcher = new Searcher(index);
        this.reader = new DocumentReader(index);
        this.similar = new SimilarCandidates(index);
    }

    /** Opens (creating if needed) the index in {@code folder} for reading and writing; takes its write lock. */
    public static LuceneStore openForWriting(Path folder) throws IOException {
        return new LuceneStore(FanwenIndex.openForWriting(folder));
    }

    /** Opens an existing index for searching only; fails if {@code folder} holds no index. */
    public static LuceneStore openForReading(Path folder) throws IOException {
        return new LuceneStore(FanwenIndex.openForReading(folder));
    }

    /** The schema version of the index in {@code folder}; empty when there is none. */
    public static Optional<Integer> versionOf(Path folder) throws IOException {
        return FanwenIndex.versionOf(folder);
    }

    /** The schema version this release writes. */
    public static int currentVersion() {
        return Schema.VERSION;
    }

    /**
     * Puts the committed index in {@code rebuilt} (written with this release's schema, closed) in the place of this
     * one while searches and writes wait; see {@link FanwenIndex#replaceWith}.
     */
    public void replaceWith(Path rebuilt) throws IOException {
        index.replaceWith(rebuilt);
    }

    @Override
    public int version() {
        return index.version();
    }

    @Override
    public boolean outdated() {
        return index.outdated();
    }

    @Override
    public StoreCounts counts() throws IOException {
        FanwenIndex.IndexCounts counts = index.counts();
        return new StoreCounts(counts.documents(), counts.passages());
    }

    @Override
    public long sizeOnDisk() {
        return index.sizeOnDisk();
    }

    @Override
    public Optional<Instant> lastCommit() {
        long millis = index.lastCommitMillis();
        return millis == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    @Override
    public long changeVersion() throws IOException {
        return index.withSearcher(index::changeVersion);
    }

    @Override
    public void put(IndexableDocument document, AnalyzedDocument analyzed) throws IOException {
        index.put(document, analyzed);
    }

    @Override
    public boolean delete(String id) throws IOException {
        return index.delete(id);
    }

    @Override
    public void commit() throws IOException {
        index.commit();
    }

    @Override
    public void trackTouched() {
        index.trackTouched();
    }

    @Override
    public Set<String> takeTouched(boolean stop) {
        return index.takeTouched(stop);
    }

    @Override
    public Optional<StoredDocument> document(String id) throws IOException {
        return index.findDocument(id).map(LuceneStore::storedDocument);
    }

    @Override
    public List<StoredDocument> allDocuments() throws IOException {
        return index.withSearcher(searcher -> {
            TermQuery documents = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT));
            List<StoredDocument> all = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(documents, Math.max(1, searcher.count(documents))).scoreDocs) {
                all.add(storedDocument(StoredFieldLoader.load(searcher.storedFields(), hit.doc,
                        STORED_DOCUMENT_FIELDS)));
            }
            return all;
        });
    }

    @Override
    public Optional<DocumentView> view(String id) throws IOException {
        return reader.find(id);
    }

    @Override
    public List<String> documentsHolding(Collection<String> words) throws IOException {
        return index.withSearcher(searcher -> WordHolders.find(searcher, bigrams, words));
    }

    @Override
    public Optional<String> idByOrigin(String origin) throws IOException {
        return index.findIdByOrigin(origin);
    }

    @Override
    public Optional<String> idByTextHash(String textHash) throws IOException {
        return index.findIdByTextHash(textHash);
    }

    @Override
    public SearchPage<DocumentHit> searchDocuments(ParsedQuery parsed, SearchQuery request) throws IOException {
        return searcher.searchDocuments(parsed, request);
    }

    @Override
    public SearchPage<PassageHit> searchPassages(ParsedQuery parsed, SearchQuery request) throws IOException {
        return searcher.searchPassages(parsed, request);
    }

    @Override
    public Map<Facet, List<FacetCount>> facets(ParsedQuery parsed, SearchQuery request) throws IOException {
        return searcher.facets(parsed, request);
    }

    @Override
    public Optional<ItemSource> source(ItemKind kind, String id) throws IOException {
        return similar.source(kind, id);
    }

    @Override
    public String text(ItemKind kind, String id) throws IOException {
        return similar.text(kind, id);
    }

    @Override
    public List<BandCandidate> sharingBands(ItemKind kind, String excludeId, List<MinHashSignature.Band> bands,
                                            int max) throws IOException {
        return similar.sharingBands(kind, excludeId, bands, max);
    }

    @Override
    public List<String> sameTitle(String title, String excludeId, int max) throws IOException {
        return similar.sameTitle(title, excludeId, max);
    }

    @Override
    public Topical topical(ItemKind kind, String id, String text, int size, Set<String> alsoScore)
            throws IOException {
        return similar.topical(kind, id, text, size, alsoScore);
    }

    @Override
    public List<DocumentHit> documentHits(List<ScoredId> ids, Topical topical) throws IOException {
        return similar.documentHits(ids, topical);
    }

    @Override
    public List<PassageHit> passageHits(List<ScoredId> ids, Topical topical) throws IOException {
        return similar.passageHits(ids, topical);
    }

    @Override
    public List<List<StoredPassage>> bigramCandidates(List<String> sentences, int perSentence) throws IOException {
        return index.withSearcher(searcher -> new BigramCandidates(searcher, bigrams, sentences).all(perSentence));
    }

    @Override
    public SuggestionSources suggestionSources(List<String> terms) throws IOException {
        return index.withSearcher(searcher ->
                SuggestionSourceReader.read(searcher, index.changeVersion(searcher), terms));
    }

    @Override
    public void close() throws IOException {
        try {
            index.close();
        } finally {
            bigrams.close();
        }
    }

    private static StoredDocument storedDocument(Document d) {
        IndexableField year = d.getField(Schema.YEAR);
        return new StoredDocument(d.get(Schema.ID), d.get(Schema.ORIGINAL_HASH), d.get(Schema.SOURCE),
                Optional.ofNullable(d.get(Schema.ORIGIN)), d.get(Schema.MEDIA_TYPE),
                Optional.ofNullable(d.get(Schema.DECLARED)), Optional.ofNullable(d.get(Schema.TITLE)),
                Optional.ofNullable(d.get(Schema.TYPE)),
                year == null || year.numericValue() == null ? Optional.empty()
                        : Optional.of(year.numericValue().intValue()),
                Optional.ofNullable(d.get(Schema.DATE_TEXT)), Arrays.asList(d.getValues(Schema.UNIT)),
                Arrays.asList(d.getValues(Schema.TAG)));
    }
}
