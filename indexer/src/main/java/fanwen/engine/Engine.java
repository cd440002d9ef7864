package fanwen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.backup.LibraryBackup;
import fanwen.check.DraftChecker;
import fanwen.extract.ExtractionException;
import fanwen.extract.Extractor;
import fanwen.extract.FileNames;
import fanwen.index.OriginalsStore;
import fanwen.index.TextAnalysis;
import fanwen.ingest.FileCollector;
import fanwen.ingest.IndexRebuild;
import fanwen.ingest.LibraryMigration;
import fanwen.ingest.Ingester;
import fanwen.ingest.MetadataEdits;
import fanwen.ingest.MetadataOverrides;
import fanwen.ingest.Reanalysis;
import fanwen.ingest.Reindexer;
import fanwen.model.AnalysisMode;
import fanwen.model.BackupSummary;
import fanwen.model.CheckReport;
import fanwen.model.ClusterAddress;
import fanwen.model.DataFolder;
import fanwen.model.DeclaredMetadata;
import fanwen.model.DocumentHit;
import fanwen.model.DocumentType;
import fanwen.model.DocumentView;
import fanwen.model.ExtractionLimits;
import fanwen.model.FileBatch;
import fanwen.model.Health;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.LibraryStats;
import fanwen.model.MetadataEdit;
import fanwen.model.NearDuplicate;
import fanwen.model.Original;
import fanwen.model.PassageHit;
import fanwen.model.RebuildOutcome;
import fanwen.model.RejectedVocabulary;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.model.SimilarDocument;
import fanwen.model.SimilarPassage;
import fanwen.model.SourceFile;
import fanwen.model.Suggestion;
import fanwen.model.SynonymGroup;
import fanwen.model.Token;
import fanwen.model.UnreadableFile;
import fanwen.model.VocabularyLimits;
import fanwen.query.QuerySyntax;
import fanwen.similar.SimilarFinder;
import fanwen.store.LibraryStore;
import fanwen.store.StoreCounts;
import fanwen.store.StoredDocument;
import fanwen.store.lucene.IndexFolders;
import fanwen.store.lucene.LuceneStore;
import fanwen.store.opensearch.OpenSearchStore;
import fanwen.structure.DocumentStructurer;
import fanwen.suggest.Suggester;
import fanwen.vocabulary.UserVocabulary;

/**
 * The engine's one port: a data folder opened for use, with a verb for every read and write the product offers —
 * search documents and passages, get a document and its original, similar documents and passages, check a draft,
 * suggest, analyse, stats and health, ingest, edit metadata, delete, rebuild an outdated index, read and change the
 * user's dictionary and synonyms. Its arguments and answers are the value records of {@code fanwen.model}; nothing of
 * Lucene, Tika or HanLP appears in them. The CLI and the HTTP server talk to the engine only through this class.
 *
 * <p>The user's metadata edits ({@link MetadataEdits}) are applied whenever a document is indexed, so they survive
 * a rebuild of the index from the originals. Opening puts the data folder's vocabulary — the user dictionaries and
 * synonyms — in effect before anything is analysed; a change of it takes effect for the next query, and the
 * documents holding the words whose segmentation changed are analysed again in the background ({@link Reanalysis},
 * its progress in {@link #health()}).
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final DataFolder folder;
    private final LibraryStore store;
    private final OriginalsStore originals;
    private final Extractor extractor;
    private final Ingester ingester;
    private final Reindexer reindexer;
    private final MetadataEdits edits;
    private final SimilarFinder similar;
    private final DraftChecker checker;
    private final Suggester suggester;
    private final TextAnalysis analysis = new TextAnalysis();
    private final Object editLock = new Object();
    private final int threads;
    private final DocumentStructurer structurer = new DocumentStructurer();
    private final RebuildStatus rebuildStatus = new RebuildStatus();
    private final Reanalysis reanalysis;
    private final UserVocabulary vocabulary;
    private final SearchCache searches = new SearchCache();

    private Engine(DataFolder folder, LibraryStore store, Extractor extractor, int threads) throws IOException {
        this.folder = folder;
        this.store = store;
        this.threads = threads;
        this.originals = new OriginalsStore(folder.originals());
        this.extractor = extractor;
        this.edits = new MetadataEdits(folder.metadata());
        this.ingester = extractor == null ? null
                : new Ingester(store, originals, extractor, structurer, new EditOverrides(), threads);
        this.reindexer = extractor == null ? null : new Reindexer(ingester, originals, extractor);
        this.similar = new SimilarFinder(store);
        this.checker = new DraftChecker(store);
        this.suggester = new Suggester(store);
        this.reanalysis = extractor == null ? null
                : new Reanalysis(store, this::reanalyse, ingester, folder.pendingReanalysis());
        this.vocabulary = new UserVocabulary(folder, VocabularyLimits.DEFAULT,
                reanalysis == null ? UserVocabulary.Listener.NONE : reanalysis::submit);
        vocabulary.putInEffect();
    }

    /**
     * Opens {@code folder} for reading and writing (creating it if needed); one writer per folder at a time. An
     * index of an older schema opens as it is and serves; {@link #rebuildIfOutdated} brings it up to date.
     */
    public static Engine open(DataFolder folder, ExtractionLimits limits, int threads) throws IOException {
        return open(folder, Optional.empty(), limits, threads);
    }

    /**
     * Opens the library of {@code folder} for reading and writing, its index in the embedded store of the folder or,
     * given a {@code cluster}, on that OpenSearch cluster (created on first use; a cluster without Fanwen's analysis
     * plugin, or with indexes of another mapping version, is refused). The folder keeps the originals, the metadata
     * edits and the user dictionaries either way.
     */
    public static Engine open(DataFolder folder, Optional<ClusterAddress> cluster, ExtractionLimits limits,
                              int threads) throws IOException {
        LibraryStore store;
        if (cluster.isPresent()) {
            store = OpenSearchStore.open(cluster.get());
        } else {
            IndexFolders.recover(folder.index(), folder.indexRebuild());
            store = LuceneStore.openForWriting(folder.index());
            if (store.outdated()) {
                LOG.warn("the index in {} was written by an older release (schema {}, now {}): it must be rebuilt "
                        + "from the originals", folder.index(), store.version(), LuceneStore.currentVersion());
            }
        }
        // a parser process for each thread that may extract at once, each started on first use
        Engine engine = new Engine(folder, store, new Extractor(limits, threads), threads);
        engine.reanalysis.resume();
        return engine;
    }

    /** Opens {@code folder} for searching only; works beside a process that writes to it. */
    public static Engine openReadOnly(DataFolder folder) throws IOException {
        return openReadOnly(folder, Optional.empty());
    }

    /** Opens the library of {@code folder} for searching only, its index in the folder or on {@code cluster}. */
    public static Engine openReadOnly(DataFolder folder, Optional<ClusterAddress> cluster) throws IOException {
        LibraryStore store = cluster.isPresent()
                ? OpenSearchStore.open(cluster.get())
                : LuceneStore.openForReading(folder.index());
        return new Engine(folder, store, null, 1);
    }

    /**
     * Moves the library of {@code folder} between its embedded index and a cluster — from {@code from} (empty: the
     * embedded index) to {@code to} (empty: the embedded index) — by indexing every document again from its original
     * in the folder, the user's edits kept; the source is only read. Idempotent: a document the target already holds
     * as the source does is skipped ({@link IngestStatus#UNCHANGED}), another is indexed again ({@code replaced}).
     * One result per document of the source, each told to {@code listener} as it completes.
     */
    public static List<IngestResult> migrate(DataFolder folder, Optional<ClusterAddress> from,
                                             Optional<ClusterAddress> to, ExtractionLimits limits, int threads,
                                             IngestListener listener) throws IOException {
        if (from.isPresent() == to.isPresent()) {
            throw new IllegalArgumentException("a migration goes from the data folder's index to a cluster or from a "
                    + "cluster to the data folder's index");
        }
        if (from.isEmpty() && !Files.isDirectory(folder.index())) {
            throw new IllegalArgumentException("no library to migrate in " + folder.index().toAbsolutePath());
        }
        try (LibraryStore source = from.isPresent() ? OpenSearchStore.open(from.get())
                : LuceneStore.openForReading(folder.index());
             Engine target = open(folder, to, limits, threads)) {
            return new LibraryMigration(source, target.store, target.ingester(), target.reindexer, target.originals,
                    target.new EditOverrides(), threads).run(listener);
        }
    }

    /**
     * Puts the user dictionaries and synonyms of {@code folder} in effect; opening the engine does this. For analysing
     * text without opening an index.
     */
    public static void loadDictionaries(DataFolder folder) throws IOException {
        UserVocabulary.putInEffect(folder);
    }

    public DataFolder folder() {
        return folder;
    }

    /** The labels of the document types, e.g. 总结: what a type filter, an upload or an edit may name. */
    public static List<String> documentTypes() {
        return Arrays.stream(DocumentType.values()).map(DocumentType::label).toList();
    }

    /** The extensions of the files a folder walk picks up and an upload may have. */
    public static Set<String> supportedExtensions() {
        return Extractor.supportedExtensions();
    }

    /** What a user is told of a file in a format the engine does not read. */
    public static String unsupportedFormat(String fileName) {
        return ExtractionException.unsupported(fileName, "").getMessage();
    }

    /** Whether a file of this name is in a format the engine reads (by its extension). */
    public static boolean supports(String fileName) {
        return Extractor.supportedExtensions().contains(FileNames.extension(fileName));
    }

    /**
     * Copies the library in {@code from} to {@code to} (a new or empty folder): the index as of its last commit, the
     * originals and edits of its documents, the user dictionaries. Safe while a server serves and writes it.
     */
    public static BackupSummary backup(DataFolder from, Path to) throws IOException {
        return LibraryBackup.take(from, to);
    }

    /** Brings the backup in {@code from} back as the library of {@code to}, a new or empty data folder. */
    public static BackupSummary restore(Path from, DataFolder to) throws IOException {
        return LibraryBackup.restore(from, to);
    }

    // ---- reading

    /** One page of documents matching {@code query}, with snippets and facet counts. */
    public SearchPage<DocumentHit> searchDocuments(SearchQuery query) throws IOException {
        return searches.page(false, query, store.changeVersion(),
                () -> store.searchDocuments(QuerySyntax.parse(query.text()), query));
    }

    /** One page of passages matching {@code query}, with their heading paths, snippets and facet counts. */
    public SearchPage<PassageHit> searchPassages(SearchQuery query) throws IOException {
        return searches.page(true, query, store.changeVersion(),
                () -> store.searchPassages(QuerySyntax.parse(query.text()), query));
    }

    /** Document {@code id} as it is shown: metadata, outline, keywords, summary and text. */
    public Optional<DocumentView> document(String id) throws IOException {
        return store.view(id);
    }

    /** The original file of document {@code id}, if there is such a document and its original is stored. */
    public Optional<Original> original(String id) throws IOException {
        Optional<StoredDocument> doc = store.document(id);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        String hash = doc.get().originalHash();
        String mediaType = doc.get().mediaType();
        String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
        return originals.find(hash == null ? "" : hash)
                .map(path -> new Original(doc.get().fileName(), type, () -> Files.newInputStream(path)));
    }

    /** The documents most like document {@code id}, best first; empty if there is no such document. */
    public Optional<List<SimilarDocument>> similarDocuments(String id, int size) throws IOException {
        return similar.similarDocuments(id, size);
    }

    /** The passages most like passage {@code id} ({@code <docid>-<n>}); empty if there is no such passage. */
    public Optional<List<SimilarPassage>> similarPassages(String id, int size) throws IOException {
        return similar.similarPassages(id, size);
    }

    /**
     * The documents whose wording nearly repeats document {@code id}'s (resemblance at least 0.5), most alike first;
     * empty if there is no such document.
     */
    public Optional<List<NearDuplicate>> nearDuplicates(String id) throws IOException {
        return similar.nearDuplicates(id).map(found -> found.stream()
                .map(near -> new NearDuplicate(near.id(), near.resemblance())).toList());
    }

    /** The duplicate check (查重) of a draft against the library; see {@link DraftChecker}. */
    public CheckReport check(String draft) throws IOException {
        return checker.check(draft);
    }

    /**
     * The text of a draft file, extracted as an indexed file would be (any ingest format). An engine opened
     * read-only extracts with a parser process of its own, started for this call.
     */
    public String extractDraft(InputStream in, String fileName, long size) throws UnreadableFile {
        try {
            if (extractor != null) {
                return extractor.extract(in, fileName, size).text();
            }
            try (Extractor oneOff = new Extractor(ExtractionLimits.defaults(), 1)) {
                return oneOff.extract(in, fileName, size).text();
            }
        } catch (ExtractionException e) {
            boolean tryLater = e.reason() == ExtractionException.Reason.BUSY
                    || e.reason() == ExtractionException.Reason.UNAVAILABLE;
            throw new UnreadableFile(e.getMessage(), e.detail(), tryLater, e);
        }
    }

    /** Completions of what a user is typing: key phrases and titles, also from pinyin. */
    public List<Suggestion> suggest(String input, int size) throws IOException {
        return suggester.suggest(input, size);
    }

    /** The tokens of {@code text} as the index ({@code INDEX}) or a query ({@code QUERY}) sees them. */
    public List<Token> analyze(String text, AnalysisMode mode) {
        return analysis.tokens(text, mode);
    }

    /** What the library holds: counts, size, last commit, and every document counted by facet. */
    public LibraryStats stats() throws IOException {
        StoreCounts counts = store.counts();
        SearchQuery everything = SearchQuery.of("");
        return new LibraryStats(counts.documents(), counts.passages(), store.sizeOnDisk(), store.lastCommit(),
                store.facets(QuerySyntax.parse(everything.text()), everything));
    }

    /**
     * Whether the library answers, its counts, how far a rebuild of an outdated index got, and how far the documents
     * holding words whose segmentation changed are analysed again.
     */
    public Health health() throws IOException {
        StoreCounts counts = store.counts();
        return new Health(counts.documents(), counts.passages(), rebuildStatus.progress(),
                reanalysis == null ? Optional.empty() : reanalysis.progress());
    }

    // ---- writing

    /** Finds the files to ingest under the given paths (files, folders, manifests, ignore lists). */
    public FileBatch collect(List<Path> paths) {
        return new FileCollector(Extractor.supportedExtensions()).collect(paths);
    }

    /** Ingests {@code files} (the user's stored metadata edits applied) and commits. */
    public List<IngestResult> ingest(List<SourceFile> files, IngestListener listener) throws IOException {
        return ingester().ingest(files, listener);
    }

    /** Ingests one file (the user's stored metadata edits applied) without committing (see {@link #commit}). */
    public IngestResult ingestOne(SourceFile file) {
        return ingester().ingestOne(file);
    }

    /** Makes every write so far durable and visible. */
    public void commit() throws IOException {
        ingester().commit();
    }

    /**
     * Applies a user's metadata edit to document {@code id}: stores it (on top of earlier edits, so it is
     * kept across re-indexing), re-indexes the document from its original with it, and commits. False if
     * there is no such document.
     */
    public boolean editMetadata(String id, MetadataEdit edit) throws IOException {
        synchronized (editLock) {
            Optional<StoredDocument> doc = store.document(id);
            if (doc.isEmpty()) {
                return false;
            }
            if (reindexer == null) {
                throw new IllegalStateException("engine opened read-only");
            }
            MetadataEdit merged = edit.over(edits.find(id).orElse(MetadataEdit.NONE));
            reindexer.reindex(doc.get(), edit);
            edits.save(id, merged);
            commit();
            return true;
        }
    }

    /**
     * Deletes a document, its passages and its original, and commits; false if there was no such document. Never
     * while the document's metadata is being edited: an edit re-reads the original.
     */
    public boolean delete(String id) throws IOException {
        synchronized (editLock) {
            if (!ingester().delete(id)) {
                return false;
            }
            edits.delete(id);
            return true;
        }
    }

    // ---- the user's vocabulary

    /** A change of the vocabulary, which answers what is stored. */
    @FunctionalInterface
    private interface VocabularyChange<T> {
        T apply() throws RejectedVocabulary, IOException;
    }

    /** Applies {@code change}; the searches kept are forgotten, as queries may be read otherwise now. */
    private <T> T changingVocabulary(VocabularyChange<T> change) throws RejectedVocabulary, IOException {
        try {
            return change.apply();
        } finally {
            searches.clear();
        }
    }

    /** How many terms and synonyms users may give, and how long their words may be. */
    public static VocabularyLimits vocabularyLimits() {
        return VocabularyLimits.DEFAULT;
    }

    /** The terms of the user dictionary, as stored (folded). */
    public List<String> dictionaryTerms() throws IOException {
        return vocabulary.terms();
    }

    /**
     * Makes {@code terms} the user dictionary: stored, in effect for the next query, and the documents holding a term
     * added or removed analysed again in the background. Answers the terms as stored.
     */
    public List<String> replaceDictionaryTerms(List<String> terms) throws RejectedVocabulary, IOException {
        ingester();
        return changingVocabulary(() -> vocabulary.replaceTerms(terms));
    }

    /** Adds {@code terms} to the user dictionary, as {@link #replaceDictionaryTerms} does. */
    public List<String> addDictionaryTerms(List<String> terms) throws RejectedVocabulary, IOException {
        ingester();
        return changingVocabulary(() -> vocabulary.addTerms(terms));
    }

    /** Takes {@code terms} out of the user dictionary, as {@link #replaceDictionaryTerms} does. */
    public List<String> removeDictionaryTerms(List<String> terms) throws RejectedVocabulary, IOException {
        ingester();
        return changingVocabulary(() -> vocabulary.removeTerms(terms));
    }

    /** The user's groups of synonyms, as stored. */
    public List<SynonymGroup> synonyms() throws IOException {
        return vocabulary.synonyms();
    }

    /**
     * Makes {@code groups} the user's synonyms (groups sharing a word merged), in effect for the next query; their
     * words are also dictionary words, so documents holding a new one are analysed again. Answers the groups stored.
     */
    public List<SynonymGroup> replaceSynonyms(List<SynonymGroup> groups) throws RejectedVocabulary, IOException {
        ingester();
        return changingVocabulary(() -> vocabulary.replaceSynonyms(groups));
    }

    /** Adds a group of synonyms, as {@link #replaceSynonyms} does. */
    public List<SynonymGroup> addSynonyms(SynonymGroup group) throws RejectedVocabulary, IOException {
        ingester();
        return changingVocabulary(() -> vocabulary.addSynonyms(group));
    }

    /** Takes {@code words} out of the user's groups of synonyms, as {@link #replaceSynonyms} does. */
    public List<SynonymGroup> removeSynonyms(List<String> words) throws RejectedVocabulary, IOException {
        ingester();
        return changingVocabulary(() -> vocabulary.removeSynonyms(words));
    }

    /**
     * How many documents were analysed again after changes of the vocabulary since this engine opened — a command
     * that changed it tells how many its change touched by the difference.
     */
    public long documentsReanalysed() {
        return reanalysis == null ? 0 : reanalysis.documentsDone();
    }

    /** Re-indexes document {@code id} from its original with the analysis in effect now; never during an edit. */
    private void reanalyse(String id) throws IOException {
        synchronized (editLock) {
            Optional<StoredDocument> doc = store.document(id);
            if (doc.isPresent()) {
                reindexer.reindex(doc.get(), MetadataEdit.NONE);
            }
        }
    }

    /** Whether the index was written by an older release and is not rebuilt yet. */
    public boolean indexOutdated() {
        return store.outdated();
    }

    /**
     * Rebuilds the index from the originals when it was written by an older release — the user's metadata edits
     * kept — while this engine goes on searching the old index and taking writes, then switches to the rebuilt
     * one. Does nothing on an index of this release. Takes as long as indexing the library again.
     */
    public RebuildOutcome rebuildIfOutdated() throws IOException {
        if (!store.outdated() || !(store instanceof LuceneStore embedded)) {
            return new RebuildOutcome(store.counts().documents(), List.of(), false);
        }
        Path target = folder.indexRebuild();
        IndexFolders.recover(folder.index(), target);
        LuceneStore targetStore = LuceneStore.openForWriting(target);
        Ingester targetIngester = new Ingester(targetStore, originals, extractor, structurer, new EditOverrides(),
                threads);
        rebuildStatus.started(store.counts().documents());
        try {
            return new IndexRebuild(store, ingester(), reindexer, threads).run(targetStore, targetIngester,
                    () -> embedded.replaceWith(target), rebuildStatus::rebuilt);
        } finally {
            rebuildStatus.finished();
        }
    }

    /** Commits what is pending (originals first) and closes the index; nothing uncommitted is lost. */
    @Override
    public void close() throws IOException {
        if (reanalysis != null) {
            reanalysis.close();
        }
        if (ingester != null) {
            ingester.commit();
        }
        store.close();
        if (extractor != null) {
            extractor.close();
        }
    }

    private Ingester ingester() {
        if (ingester == null) {
            throw new IllegalStateException("engine opened read-only");
        }
        return ingester;
    }

    /** The user's stored edits as the ingester's overrides. */
    private final class EditOverrides implements MetadataOverrides {
        @Override
        public DeclaredMetadata apply(String id, DeclaredMetadata declared) throws IOException {
            Optional<MetadataEdit> edit = edits.find(id);
            return edit.isEmpty() ? declared : edit.get().over(declared);
        }

        @Override
        public void carryOver(String from, String to) throws IOException {
            synchronized (editLock) { // not while an edit of `from` is being saved
                Optional<MetadataEdit> edit = edits.find(from);
                if (edit.isPresent()) {
                    edits.save(to, edit.get());
                    edits.delete(from);
                }
            }
        }
    }
}
