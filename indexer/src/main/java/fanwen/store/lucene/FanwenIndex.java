package fanwen.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import fanwen.index.AnalyzedDocument;
import fanwen.index.Analyzers;
import fanwen.index.IndexableDocument;

/**
 * The Lucene index of one data folder: a single {@link IndexWriter} for all writes and a
 * {@link SearcherManager} for reads, refreshed after every commit.
 *
 * <p>Opened read-only (no writer, no write lock) it serves searches beside a process that writes. Writes
 * become visible and durable only at {@link #commit()}: callers acknowledge a write after it.
 *
 * <p>Every commit records the {@linkplain Schema#VERSION version} of the schema and analysis the index was
 * written with ({@link #version()}; an index from before versions were recorded is version 1). An index of an
 * older version is rebuilt beside this one and put in its place with {@link #replaceWith}, while searches and
 * writes go on: in-flight searches finish on the index they started on.
 */
public final class FanwenIndex implements AutoCloseable {

    /** The key of the schema version in each commit's user data. */
    static final String VERSION_KEY = "fanwen.schema.version";

    private final Path folder;
    private final boolean writable;
    private final Analyzer bodyAnalyzer = Analyzers.index();
    private final Analyzer bigramAnalyzer = Analyzers.bigrams();
    private final AtomicLong lastCommitMillis = new AtomicLong();
    /** Held shared by every use of the generation, alone while one generation replaces another. */
    private final ReentrantReadWriteLock generationLock = new ReentrantReadWriteLock();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private volatile boolean trackingTouched;
    private volatile Generation generation;

    /**
     * The index files in use: directory, writer, searchers and the version they were written with.
     * {@code versionBase} keeps {@link #changeVersion} growing across a replacement.
     */
    private record Generation(Directory directory, IndexWriter writer, SearcherManager searchers, int schemaVersion,
                              long versionBase) {
    }

    private FanwenIndex(Path folder, boolean writable) throws IOException {
        this.folder = folder;
        this.writable = writable;
        this.generation = open(folder, 0);
    }

    private Generation open(Path dir, long versionBase) throws IOException {
        Directory directory = FSDirectory.open(dir);
        Optional<Integer> stored = storedVersion(directory);
        int version = stored.orElse(Schema.VERSION);
        if (!writable) {
            return new Generation(directory, null, new SearcherManager(directory, new SearcherFactory()), version,
                    versionBase);
        }
        IndexWriter writer = new IndexWriter(directory, writerConfig());
        writer.setLiveCommitData(Map.of(VERSION_KEY, Integer.toString(version)).entrySet());
        if (stored.isEmpty()) {
            writer.commit(); // a new index says from its first commit which schema it is written with
        }
        return new Generation(directory, writer, new SearcherManager(writer, new SearcherFactory()), version,
                versionBase);
    }

    /** Opens (creating if needed) the index in {@code folder} for reading and writing; takes the write lock. */
    public static FanwenIndex openForWriting(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new FanwenIndex(folder, true);
    }

    /** Opens an existing index for searching only; fails if {@code folder} holds no index. */
    public static FanwenIndex openForReading(Path folder) throws IOException {
        if (!Files.isDirectory(folder) || !DirectoryReader.indexExists(FSDirectory.open(folder))) {
            throw new IOException("no index in " + folder + " — run: fanwen index PATH");
        }
        return new FanwenIndex(folder, false);
    }

    /**
     * The schema version of the index in {@code folder}: 1 for an index written before versions were recorded,
     * empty when there is no index there.
     */
    public static Optional<Integer> versionOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Directory directory = FSDirectory.open(folder)) {
            return storedVersion(directory);
        }
    }

    private static Optional<Integer> storedVersion(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(VERSION_KEY);
        return Optional.of(stored == null ? 1 : Integer.parseInt(stored));
    }

    /** The schema version this index was written with. */
    public int version() {
        return generation.schemaVersion();
    }

    /** Whether this index was written with an older schema than this release's, and must be rebuilt. */
    public boolean outdated() {
        return version() < Schema.VERSION;
    }

    private IndexWriterConfig writerConfig() {
        Analyzer perField = new PerFieldAnalyzerWrapper(bodyAnalyzer,
                Map.of(Schema.TITLE_BIGRAM, bigramAnalyzer, Schema.BODY_BIGRAM, bigramAnalyzer,
                        Schema.DOC_BIGRAM, bigramAnalyzer));
        IndexWriterConfig config = new IndexWriterConfig(perField);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false); // commits go through Ingester.commit(), which syncs originals first
        return config;
    }

    /**
     * Adds or replaces the document's whole block (parent and passages) atomically; visible after commit.
     * {@code analyzed} must be the analysis of {@code doc.text()}.
     */
    public void put(IndexableDocument doc, AnalyzedDocument analyzed) throws IOException {
        if (!analyzed.text().equals(doc.text())) {
            throw new IllegalArgumentException("analysis of another text given for document " + doc.id());
        }
        List<Document> block = DocumentBlockBuilder.build(doc, analyzed, bodyAnalyzer);
        generationLock.readLock().lock();
        try {
            requireWriter().updateDocuments(new Term(Schema.BLOCK_ID, doc.id()), block);
            noteTouched(doc.id());
        } finally {
            generationLock.readLock().unlock();
        }
    }

    /** Deletes the document and its passages; returns whether it existed (as of the last commit). */
    public boolean delete(String id) throws IOException {
        boolean existed = findDocument(id).isPresent();
        generationLock.readLock().lock();
        try {
            requireWriter().deleteDocuments(new Term(Schema.BLOCK_ID, id));
            noteTouched(id);
        } finally {
            generationLock.readLock().unlock();
        }
        return existed;
    }

    /** Makes all writes durable and visible to new searches. */
    public void commit() throws IOException {
        generationLock.readLock().lock();
        try {
            requireWriter().commit();
            lastCommitMillis.set(System.currentTimeMillis());
            generation.searchers().maybeRefreshBlocking();
        } finally {
            generationLock.readLock().unlock();
        }
    }

    /**
     * From now on, remembers the id of every document written or deleted, until {@link #takeTouched} hands them
     * over — how a rebuild beside this index learns what changed while it ran.
     */
    public void trackTouched() {
        touched.clear();
        trackingTouched = true;
    }

    /** The ids written or deleted since tracking began or since the last call; stops tracking if {@code stop}. */
    public Set<String> takeTouched(boolean stop) {
        if (stop) {
            trackingTouched = false;
        }
        Set<String> taken = Set.copyOf(touched);
        touched.removeAll(taken);
        return taken;
    }

    private void noteTouched(String id) {
        if (trackingTouched) {
            touched.add(id);
        }
    }

    /**
     * Puts the committed index in {@code rebuilt} (a folder beside this index's, written with this release's
     * schema and no longer open) in the place of this one: this index's writer is closed, its folder is moved
     * aside and deleted, {@code rebuilt} is moved into its place and opened. Searches and writes wait for the
     * moment it takes; searches already running finish on the old files. The caller makes sure no write is
     * half done (nothing is written between its last look at {@link #takeTouched} and this call).
     */
    public void replaceWith(Path rebuilt) throws IOException {
        generationLock.writeLock().lock();
        try {
            Generation old = generation;
            long nextBase = changeVersion(old, old.searchers()) + 1;
            old.searchers().close();
            if (old.writer() != null) {
                old.writer().rollback(); // everything wanted is in `rebuilt`; nothing uncommitted is kept
            }
            old.directory().close();
            Path aside = IndexFolders.replaced(folder);
            IndexFolders.deleteTree(aside);
            Files.move(folder, aside);
            Files.move(rebuilt, folder);
            generation = open(folder, nextBase);
            IndexFolders.deleteTree(aside);
        } finally {
            generationLock.writeLock().unlock();
        }
    }

    /** A number that grows with every change searches can see, also across {@link #replaceWith}. */
    public long changeVersion(IndexSearcher searcher) {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        Generation current = generation;
        long base = reader.directory() == current.directory() ? current.versionBase() : 0;
        return base + reader.getVersion();
    }

    private static long changeVersion(Generation generation, SearcherManager searchers) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return generation.versionBase() + ((DirectoryReader) searcher.getIndexReader()).getVersion();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Time of this process's last commit; else when the newest commit of the index was written; 0 if none. */
    public long lastCommitMillis() {
        long ours = lastCommitMillis.get();
        if (ours > 0) {
            return ours;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs {@code work} with a current searcher, releasing it afterwards. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        SearcherManager searchers;
        IndexSearcher searcher;
        generationLock.readLock().lock();
        try {
            searchers = generation.searchers();
            searcher = searchers.acquire();
        } finally {
            generationLock.readLock().unlock();
        }
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** A unit of work over an {@link IndexSearcher}. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** The stored parent document with this id, as of the last refresh. */
    public Optional<Document> findDocument(String id) throws IOException {
        return findOne(kindAnd(Schema.KIND_DOCUMENT, new TermQuery(new Term(Schema.ID, id))));
    }

    /** The stored passage with this id, as of the last commit. */
    public Optional<Document> findPassage(String passageId) throws IOException {
        return findOne(kindAnd(Schema.KIND_PASSAGE, new TermQuery(new Term(Schema.ID, passageId))));
    }

    /** The id of the document indexed from {@code origin} (see {@link Schema#ORIGIN}), if any. */
    public Optional<String> findIdByOrigin(String origin) throws IOException {
        return findOne(kindAnd(Schema.KIND_DOCUMENT, new TermQuery(new Term(Schema.ORIGIN, origin))))
                .map(d -> d.get(Schema.ID));
    }

    /** The id of a document whose normalised text hashes to {@code textHash}, if any. */
    public Optional<String> findIdByTextHash(String textHash) throws IOException {
        return findOne(kindAnd(Schema.KIND_DOCUMENT, new TermQuery(new Term(Schema.TEXT_HASH, textHash))))
                .map(d -> d.get(Schema.ID));
    }

    private Optional<Document> findOne(Query query) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    /** {@code query} restricted to Lucene documents of one kind (documents or passages). */
    public static Query kindAnd(String kind, Query query) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, kind)), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.MUST)
                .build();
    }

    /** Counts of documents and passages, as of the last refresh. */
    public IndexCounts counts() throws IOException {
        return withSearcher(searcher -> new IndexCounts(
                searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT))),
                searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_PASSAGE)))));
    }

    /** Number of documents and passages in the index. */
    public record IndexCounts(int documents, int passages) {
    }

    /** Bytes the index occupies on disk. */
    public long sizeOnDisk() {
        generationLock.readLock().lock();
        try {
            Directory directory = generation.directory();
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            generationLock.readLock().unlock();
        }
    }

    private IndexWriter requireWriter() {
        IndexWriter writer = generation.writer();
        if (writer == null) {
            throw new IllegalStateException("index opened read-only");
        }
        return writer;
    }

    @Override
    public void close() throws IOException {
        generationLock.writeLock().lock();
        try {
            Generation current = generation;
            current.searchers().close();
            if (current.writer() != null) {
                current.writer().close();
            }
            current.directory().close();
        } finally {
            generationLock.writeLock().unlock();
        }
        bodyAnalyzer.close();
        bigramAnalyzer.close();
    }
}
