package fanwen.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.extract.Extraction;
import fanwen.extract.ExtractionException;
import fanwen.extract.Extractor;
import fanwen.index.AnalyzedDocument;
import fanwen.index.ContentHash;
import fanwen.index.FanwenIndex;
import fanwen.index.IndexableDocument;
import fanwen.index.OriginalsStore;
import fanwen.structure.DocumentStructurer;
import fanwen.structure.StructuredDocument;

/**
 * Runs files through the pipeline — hash, extract, analyse, structure, store the original, index — on a bounded
 * pool of worker threads, and commits. Each file gets its own {@link IngestResult}; a failing file never
 * stops the batch and never touches the index.
 *
 * <p>Exact duplicates are caught twice: the same bytes (same id) before extraction, so re-indexing a
 * folder is a fast no-op; the same text in another file after extraction. Files still in flight in this
 * or a concurrent batch are claimed in memory, so two copies offered at once are not both indexed.
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    /** Commit at least this often during a long batch, so a crash loses little work. */
    private static final int COMMIT_EVERY_FILES = 500;

    private final FanwenIndex index;
    private final OriginalsStore originals;
    private final Extractor extractor;
    private final DocumentStructurer structurer;
    private final int threads;
    private final Set<String> claimedIds = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, String> claimedTextHashes = new ConcurrentHashMap<>();
    private final Object commitLock = new Object();

    public Ingester(FanwenIndex index, OriginalsStore originals, Extractor extractor, DocumentStructurer structurer,
                    int threads) {
        this.index = index;
        this.originals = originals;
        this.extractor = extractor;
        this.structurer = structurer;
        this.threads = Math.max(1, threads);
    }

    /** Ingests all {@code files} and commits; results are in the order of {@code files}. */
    public List<IngestResult> ingest(List<SourceFile> files, IngestListener listener) throws IOException {
        long totalBytes = files.stream().mapToLong(f -> sizeOf(f)).sum();
        listener.started(files.size(), totalBytes);
        List<IngestResult> results = new ArrayList<>(files.size());
        AtomicInteger sinceCommit = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<IngestResult>> futures = new ArrayList<>(files.size());
            for (SourceFile file : files) {
                futures.add(pool.submit(() -> {
                    IngestResult result = ingestOne(file);
                    listener.completed(result);
                    if (result.status() == IngestStatus.INDEXED
                            && sinceCommit.incrementAndGet() % COMMIT_EVERY_FILES == 0) {
                        commit();
                    }
                    return result;
                }));
            }
            for (Future<IngestResult> future : futures) {
                results.add(await(future));
            }
        } finally {
            pool.shutdownNow();
        }
        commit();
        return results;
    }

    /**
     * Ingests one file without committing: the caller commits (and only then acknowledges it).
     * Never throws for a bad file: the result says what went wrong.
     */
    public IngestResult ingestOne(SourceFile file) {
        long bytes = sizeOf(file);
        String claimedId = null;
        String claimedTextHash = null;
        try {
            String fileHash = ContentHash.ofFile(file.path());
            String id = ContentHash.documentId(fileHash);
            if (!claimedIds.add(id)) {
                return IngestResult.unchanged(file.source(), id, bytes);
            }
            claimedId = id;
            if (index.findDocument(id).isPresent()) {
                return IngestResult.unchanged(file.source(), id, bytes);
            }
            Extraction extraction = extractor.extract(file.path());
            String text = extraction.text();
            String textHash = ContentHash.ofText(text);
            String holder = claimedTextHashes.putIfAbsent(textHash, id);
            if (holder != null) {
                return IngestResult.duplicate(file.source(), id, holder, bytes);
            }
            claimedTextHash = textHash;
            Optional<String> existing = index.findIdByTextHash(textHash);
            if (existing.isPresent()) {
                return IngestResult.duplicate(file.source(), id, existing.get(), bytes);
            }
            originals.put(fileHash, file.path());
            index(id, fileHash, file.source(), file.path().getFileName().toString(), extraction, file.declared());
            claimedId = null;
            claimedTextHash = null;
            return IngestResult.indexed(file.source(), id, bytes, text.length());
        } catch (ExtractionException e) {
            return IngestResult.failed(file.source(), e.getMessage(), bytes);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ingest of {} failed", file.source(), e);
            return IngestResult.failed(file.source(), "内部错误: " + e, bytes);
        } finally {
            // stay claimed until the next commit makes an indexed document visible to lookups
            if (claimedId != null) {
                claimedIds.remove(claimedId);
            }
            if (claimedTextHash != null) {
                claimedTextHashes.remove(claimedTextHash);
            }
        }
    }

    /**
     * Makes everything ingested so far durable — originals first, then the index, so a committed document
     * always has its original — and visible to searches.
     */
    public void commit() throws IOException {
        synchronized (commitLock) {
            Set<String> ids = Set.copyOf(claimedIds);
            Set<String> hashes = Set.copyOf(claimedTextHashes.keySet());
            originals.sync();
            index.commit();
            claimedIds.removeAll(ids);
            hashes.forEach(claimedTextHashes::remove);
        }
    }

    /**
     * The pipeline after extraction: analyses the text once, structures it, resolves its metadata
     * ({@code declared} over inferred) and writes the document's block under {@code id}, replacing any
     * block with that id. No duplicate checks, no commit. Also how a stored original is re-indexed.
     *
     * @param fileHash the hash the original is stored under
     * @param fileName the file's own name, for the title when the text has none
     */
    public void index(String id, String fileHash, String source, String fileName, Extraction extraction,
                      DeclaredMetadata declared) throws IOException {
        String text = extraction.text();
        AnalyzedDocument analyzed = index.analyze(text);
        StructuredDocument structure = structurer.structure(text, fileName, extraction.title(),
                analyzed.wordCounts());
        index.put(new IndexableDocument(id, ContentHash.ofText(text), source, fileHash, extraction.mediaType(), text,
                structure, declared.over(structure)), analyzed);
    }

    private static long sizeOf(SourceFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return 0;
        }
    }

    private static IngestResult await(Future<IngestResult> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("ingest worker failed", e.getCause());
        }
    }
}
