package fanwen.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.analysis.DomainDictionary;
import fanwen.check.CheckReport;
import fanwen.check.DraftChecker;
import fanwen.extract.ExtractionException;
import fanwen.extract.ExtractionLimits;
import fanwen.extract.Extractor;
import fanwen.index.FanwenIndex;
import fanwen.index.IndexFolders;
import fanwen.index.OriginalsStore;
import fanwen.index.Schema;
import fanwen.ingest.DeclaredMetadata;
import fanwen.ingest.FileCollector;
import fanwen.ingest.IndexRebuild;
import fanwen.ingest.IngestListener;
import fanwen.ingest.IngestResult;
import fanwen.ingest.Ingester;
import fanwen.ingest.MetadataEdit;
import fanwen.ingest.MetadataEdits;
import fanwen.ingest.MetadataOverrides;
import fanwen.ingest.Reindexer;
import fanwen.ingest.SourceFile;
import fanwen.search.DocumentReader;
import fanwen.search.Searcher;
import fanwen.search.Suggester;
import fanwen.search.TextAnalysis;
import fanwen.similar.SimilarFinder;
import fanwen.structure.DocumentStructurer;

/**
 * One data folder opened for use: the index, the originals, the pipeline that fills them and the
 * searcher that reads them. The CLI and the HTTP server talk to the engine only through this class.
 *
 * <p>The user's metadata edits ({@link MetadataEdits}) are applied whenever a document is indexed through
 * {@link #ingest} or {@link #ingestOne}, so they survive a rebuild of the index from the originals.
 *
 * <p>Opening loads the bundled domain dictionary and the user dictionaries of the data folder before
 * anything is analysed, so user terms take effect on every start without rebuilding anything.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final DataFolder folder;
    private final FanwenIndex index;
    private final OriginalsStore originals;
    private final Searcher searcher;
    private final Extractor extractor;
    private final Ingester ingester;
    private final Reindexer reindexer;
    private final MetadataEdits edits;
    private final DocumentReader documents;
    private final SimilarFinder similar;
    private final DraftChecker checker;
    private final Suggester suggester;
    private final TextAnalysis analysis = new TextAnalysis();
    private final Object editLock = new Object();
    private final int threads;
    private final DocumentStructurer structurer = new DocumentStructurer();
    private final RebuildStatus rebuildStatus = new RebuildStatus();

    private Engine(DataFolder folder, FanwenIndex index, Extractor extractor, int threads) throws IOException {
        this.folder = folder;
        this.index = index;
        this.threads = threads;
        this.originals = new OriginalsStore(folder.originals());
        this.searcher = new Searcher(index);
        this.extractor = extractor;
        this.edits = new MetadataEdits(folder.metadata());
        this.ingester = extractor == null ? null
                : new Ingester(index, originals, extractor, structurer, new EditOverrides(), threads);
        this.reindexer = extractor == null ? null : new Reindexer(ingester, originals, extractor);
        this.documents = new DocumentReader(index);
        this.similar = new SimilarFinder(index);
        this.checker = new DraftChecker(index);
        this.suggester = new Suggester(index);
    }

    /**
     * Opens {@code folder} for reading and writing (creating it if needed); one writer per folder at a time. An
     * index of an older schema opens as it is and serves; {@link #rebuildIfOutdated} brings it up to date.
     */
    public static Engine open(DataFolder folder, ExtractionLimits limits, int threads) throws IOException {
        loadDictionaries(folder);
        IndexFolders.recover(folder.index(), folder.indexRebuild());
        FanwenIndex index = FanwenIndex.openForWriting(folder.index());
        if (index.outdated()) {
            LOG.warn("the index in {} was written by an older release (schema {}, now {}): it must be rebuilt from "
                    + "the originals", folder.index(), index.version(), Schema.VERSION);
        }
        // a parser process for each thread that may extract at once, each started on first use
        return new Engine(folder, index, new Extractor(limits, threads), threads);
    }

    /** Opens {@code folder} for searching only; works beside a process that writes to it. */
    public static Engine openReadOnly(DataFolder folder) throws IOException {
        loadDictionaries(folder);
        return new Engine(folder, FanwenIndex.openForReading(folder.index()), null, 1);
    }

    /**
     * Loads the bundled domain dictionary and the user dictionaries of {@code folder} into HanLP; opening
     * the engine does this. For analysing text without opening an index.
     */
    public static void loadDictionaries(DataFolder folder) throws IOException {
        DomainDictionary.loadBundled();
        Path dir = folder.dictionaries();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path file : files) {
                int terms = DomainDictionary.loadUserDictionary(file);
                LOG.info("user dictionary {}: {} terms", file, terms);
            }
        }
    }

    public DataFolder folder() {
        return folder;
    }

    public FanwenIndex index() {
        return index;
    }

    public Searcher searcher() {
        return searcher;
    }

    public OriginalsStore originals() {
        return originals;
    }

    /** The ingest pipeline; absent when opened read-only. */
    public Ingester ingester() {
        if (ingester == null) {
            throw new IllegalStateException("engine opened read-only");
        }
        return ingester;
    }

    public DocumentReader documents() {
        return documents;
    }

    public SimilarFinder similar() {
        return similar;
    }

    /** The duplicate check (查重) of a draft against the library; see {@link DraftChecker}. */
    public CheckReport check(String draft) throws IOException {
        return checker.check(draft);
    }

    /**
     * The text of a draft file, extracted as an indexed file would be (any ingest format). An engine opened
     * read-only extracts with a parser of its own, started for this call.
     */
    public String extractDraft(InputStream in, String fileName, long size) throws ExtractionException {
        if (extractor != null) {
            return extractor.extract(in, fileName, size).text();
        }
        try (Extractor oneOff = new Extractor(ExtractionLimits.defaults())) {
            return oneOff.extract(in, fileName, size).text();
        }
    }

    public Suggester suggester() {
        return suggester;
    }

    public TextAnalysis analysis() {
        return analysis;
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

    /**
     * Applies a user's metadata edit to document {@code id}: stores it (on top of earlier edits, so it is
     * kept across re-indexing), re-indexes the document from its original with it, and commits. False if
     * there is no such document.
     */
    public boolean editMetadata(String id, MetadataEdit edit) throws IOException {
        synchronized (editLock) {
            Optional<Document> doc = index.findDocument(id);
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

    /** Finds the files to ingest under the given paths. */
    public FileCollector fileCollector() {
        return new FileCollector(Extractor.supportedExtensions());
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

    /** Whether the index was written by an older release and is not rebuilt yet. */
    public boolean indexOutdated() {
        return index.outdated();
    }

    /** How far a rebuild of an outdated index got, while one runs. */
    public Optional<RebuildStatus.Progress> rebuildProgress() {
        return rebuildStatus.progress();
    }

    /**
     * Rebuilds the index from the originals when it was written by an older release — the user's metadata edits
     * kept — while this engine goes on searching the old index and taking writes, then switches to the rebuilt
     * one. Does nothing on an index of this release. Takes as long as indexing the library again.
     */
    public IndexRebuild.Outcome rebuildIfOutdated() throws IOException {
        if (!index.outdated()) {
            return new IndexRebuild.Outcome(index.counts().documents(), List.of(), false);
        }
        Path target = folder.indexRebuild();
        IndexFolders.recover(folder.index(), target);
        FanwenIndex targetIndex = FanwenIndex.openForWriting(target);
        Ingester targetIngester = new Ingester(targetIndex, originals, extractor, structurer, new EditOverrides(),
                threads);
        rebuildStatus.started(index.counts().documents());
        try {
            return new IndexRebuild(index, ingester(), reindexer, threads).run(target, targetIndex, targetIngester,
                    rebuildStatus::rebuilt);
        } finally {
            rebuildStatus.finished();
        }
    }

    /** Commits what is pending (originals first) and closes the index; nothing uncommitted is lost. */
    @Override
    public void close() throws IOException {
        if (ingester != null) {
            ingester.commit();
        }
        index.close();
        if (extractor != null) {
            extractor.close();
        }
    }
}
