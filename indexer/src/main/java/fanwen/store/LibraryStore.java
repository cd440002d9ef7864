package fanwen.store;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fanwen.fingerprint.MinHashSignature;
import fanwen.index.AnalyzedDocument;
import fanwen.index.IndexableDocument;
import fanwen.model.DocumentHit;
import fanwen.model.DocumentView;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.query.ParsedQuery;

/**
 * What the engine needs from an index, and nothing more: write and delete a document with its passages
 * atomically, read one back, search with the engine's own query model, and hand out the candidates that the
 * engine's similarity, near-duplicate, duplicate-check and suggestion rules then judge. The embedded Lucene index
 * ({@code fanwen.store.lucene}) is one implementation; a cluster store is another.
 *
 * <p>Writes become visible and durable together at {@link #commit()}; callers acknowledge a write after it.
 * Every answer reflects the last commit.
 */
public interface LibraryStore extends AutoCloseable {

    // ---- what it is

    /** The version of the schema and analysis the store was written with. */
    int version();

    /** Whether the store was written with an older schema than this release's, and must be rebuilt. */
    boolean outdated();

    /** How many documents and passages it holds. */
    StoreCounts counts() throws IOException;

    /** Bytes it occupies. */
    long sizeOnDisk();

    /** When its last commit was written, if it has one. */
    Optional<Instant> lastCommit();

    /** A number that grows with every change searches can see: a cache of what it holds is valid while it stays. */
    long changeVersion() throws IOException;

    // ---- writing

    /**
     * Adds or replaces the document with its passages, atomically: no search ever sees half of it. {@code analyzed}
     * is the analysis of {@code document.text()} (a store that analyses on its own may ignore it).
     */
    void put(IndexableDocument document, AnalyzedDocument analyzed) throws IOException;

    /** Deletes the document and its passages; whether it existed (as of the last commit). */
    boolean delete(String id) throws IOException;

    /** Makes every write so far durable and visible. */
    void commit() throws IOException;

    /**
     * From now on, remembers the id of every document written or deleted until {@link #takeTouched} hands them over:
     * how a rebuild beside this store learns what changed while it ran.
     */
    void trackTouched();

    /** The ids written or deleted since tracking began or since the last call; stops tracking if {@code stop}. */
    Set<String> takeTouched(boolean stop);

    // ---- reading one document

    /** What is kept of document {@code id} to re-index it and to serve its original. */
    Optional<StoredDocument> document(String id) throws IOException;

    /** Every document, as {@link #document} reads it. */
    List<StoredDocument> allDocuments() throws IOException;

    /** Document {@code id} as it is shown: metadata, outline, keywords, summary and text. */
    Optional<DocumentView> view(String id) throws IOException;

    /**
     * The ids of the documents whose title or text holds one of {@code words} as written (folded), however they were
     * segmented: those to analyse again when the dictionary gains or loses the words.
     */
    List<String> documentsHolding(Collection<String> words) throws IOException;

    /** The id of the document indexed from {@code origin} (an absolute path), if any. */
    Optional<String> idByOrigin(String origin) throws IOException;

    /** The id of a document whose normalised text hashes to {@code textHash}, if any. */
    Optional<String> idByTextHash(String textHash) throws IOException;

    // ---- searching

    /** One page of documents, ranked, with snippets and facet counts over every match. */
    SearchPage<DocumentHit> searchDocuments(ParsedQuery parsed, SearchQuery request) throws IOException;

    /** One page of passages, ranked, with their heading paths, snippets and facet counts. */
    SearchPage<PassageHit> searchPassages(ParsedQuery parsed, SearchQuery request) throws IOException;

    /** The facet counts over every document the query matches, without reading any hit. */
    Map<Facet, List<FacetCount>> facets(ParsedQuery parsed, SearchQuery request) throws IOException;

    // ---- candidates for the engine's own rules

    /** The text, title and signature of item {@code id} of {@code kind}, whose similar items are wanted. */
    Optional<ItemSource> source(ItemKind kind, String id) throws IOException;

    /** The stored text of item {@code id} of {@code kind} (empty text for none). */
    String text(ItemKind kind, String id) throws IOException;

    /**
     * Up to {@code max} items of {@code kind} other than {@code excludeId} sharing at least one of the signature
     * {@code bands}, those sharing the most first, with their stored signatures where kept (documents).
     */
    List<BandCandidate> sharingBands(ItemKind kind, String excludeId, List<MinHashSignature.Band> bands, int max) throws IOException;

    /** Up to {@code max} other documents with the same title as {@code title} (its versions). */
    List<String> sameTitle(String title, String excludeId, int max) throws IOException;

    /**
     * How much items of {@code kind} match the distinctive words of {@code text} (the source {@code id}'s text),
     * relative to the source's own match, in [0, 1]: the best {@code size} others, and every id of
     * {@code alsoScore}.
     */
    Topical topical(ItemKind kind, String id, String text, int size, Set<String> alsoScore) throws IOException;

    /** Documents as a result list shows them, in this order, their snippets marking the words of {@code topical}. */
    List<DocumentHit> documentHits(List<ScoredId> ids, Topical topical) throws IOException;

    /** Passages as a result list shows them, in this order, their snippets marking the words of {@code topical}. */
    List<PassageHit> passageHits(List<ScoredId> ids, Topical topical) throws IOException;

    /**
     * For each sentence, up to {@code perSentence} passages likely to contain it: they share several of its rarest
     * character bigrams; best first.
     */
    List<List<StoredPassage>> bigramCandidates(List<String> sentences, int perSentence) throws IOException;

    /** The titles and keywords of every document, and in how many documents each of {@code terms} occurs. */
    SuggestionSources suggestionSources(List<String> terms) throws IOException;

    @Override
    void close() throws IOException;

}
