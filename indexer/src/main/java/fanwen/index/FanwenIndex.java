package fanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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

import fanwen.analysis.BigramAnalyzer;
import fanwen.analysis.ChineseAnalyzer;
import fanwen.analysis.HanLPTokenizer;

/**
 * The Lucene index of one data folder: a single {@link IndexWriter} for all writes and a
 * {@link SearcherManager} for reads, refreshed after every commit.
 *
 * <p>Opened read-only (no writer, no write lock) it serves searches beside a process that writes. Writes
 * become visible and durable only at {@link #commit()}: callers acknowledge a write after it.
 */
public final class FanwenIndex implements AutoCloseable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer bodyAnalyzer = new ChineseAnalyzer(HanLPTokenizer.Mode.INDEX, false);
    private final Analyzer bigramAnalyzer = new BigramAnalyzer();
    private final AtomicLong lastCommitMillis = new AtomicLong();

    private FanwenIndex(Path folder, boolean writable) throws IOException {
        this.directory = FSDirectory.open(folder);
        if (writable) {
            this.writer = new IndexWriter(directory, writerConfig());
            this.searchers = new SearcherManager(writer, new SearcherFactory());
        } else {
            this.writer = null;
            this.searchers = new SearcherManager(directory, new SearcherFactory());
        }
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

    private IndexWriterConfig writerConfig() {
        Analyzer perField = new PerFieldAnalyzerWrapper(bodyAnalyzer,
                Map.of(Schema.TITLE_BIGRAM, bigramAnalyzer, Schema.BODY_BIGRAM, bigramAnalyzer));
        IndexWriterConfig config = new IndexWriterConfig(perField);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false); // commits go through Ingester.commit(), which syncs originals first
        return config;
    }

    /** Segments {@code text} once for the word field; pass the result to {@link #put}. Thread-safe. */
    public AnalyzedDocument analyze(String text) {
        return new AnalyzedDocument(text, AnalyzedText.analyze(bodyAnalyzer, Schema.BODY, text));
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
        requireWriter().updateDocuments(new Term(Schema.BLOCK_ID, doc.id()), block);
    }

    /** Deletes the document and its passages; returns whether it existed (as of the last commit). */
    public boolean delete(String id) throws IOException {
        boolean existed = findDocument(id).isPresent();
        requireWriter().deleteDocuments(new Term(Schema.BLOCK_ID, id));
        return existed;
    }

    /** Makes all writes durable and visible to new searches. */
    public void commit() throws IOException {
        requireWriter().commit();
        lastCommitMillis.set(System.currentTimeMillis());
        searchers.maybeRefreshBlocking();
    }

    /** Time of this process's last commit, 0 if none yet. */
    public long lastCommitMillis() {
        return lastCommitMillis.get();
    }

    /** Runs {@code work} with a current searcher, releasing it afterwards. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
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
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("index opened read-only");
        }
        return writer;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        bodyAnalyzer.close();
        bigramAnalyzer.close();
        directory.close();
    }
}
