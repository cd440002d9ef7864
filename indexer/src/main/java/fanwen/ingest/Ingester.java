package fanwen.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.extract.Extraction;
import fanwen.extract.ExtractionException;
import fanwen.extract.Extractor;
import fanwen.index.AnalyzedDocument;
import fanwen.index.ContentHash;
import fanwen.index.IndexableDocument;
import fanwen.index.OriginalsStore;
import fanwen.model.DeclaredMetadata;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.SourceFile;
import fanwen.store.LibraryStore;
import fanwen.store.StoredDocument;
import fanwen.structure.DocumentStructurer;
import fanwen.structure.StructuredDocument;
import fanwen.structure.gongwen.GongwenElements;

/**
 * Runs files through the pipeline — hash, extract, analyse, structure, store the original, index — on a
 * bounded pool of worker threads, and commits. Each file gets its own {@link IngestResult}; a failing file
 * never stops the batch and never touches the index.
 *
 * <p>Exact duplicates are caught twice: the same bytes (same id) before extraction, the same text in another
 * file after extraction. The same bytes from the same origin (path) are the very file again: unchanged, so
 * re-indexing a folder is a fast no-op; from another file or an upload they are a duplicate of the document
 * holding them. Files in flight, and files written but not yet committed (which index look-ups cannot see
 * yet), are tracked in memory, so two copies offered at once are never both indexed: a copy of a file in
 * flight waits for that file's outcome and shares it. A new version of a file from the same origin replaces
 * the old document.
 *
 * <p>A commit never happens between a file's original being stored and its document being written, so
 * every committed document has a durable original ({@link #commit()}).
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    /** Commit at least this often during a long batch, so a crash loses little work. */
    private static final int COMMIT_EVERY_FILES = 500;

    private final LibraryStore store;
    private final OriginalsStore originals;
    private final Extractor extractor;
    private final DocumentStructurer structurer;
    private final MetadataOverrides overrides;
    private final int threads;
    /** Files being processed right now: their outcome by id, and text hash → id. */
    private final ConcurrentHashMap<String, CompletableFuture<IngestResult>> inFlightIds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> inFlightTextHashes = new ConcurrentHashMap<>();
    /** Documents written since the last commit: id → origin ({@code ""} for an upload), text hash → id. */
    private final ConcurrentHashMap<String, String> uncommittedOrigins = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> uncommittedTextHashes = new ConcurrentHashMap<>();
    /** Originals of replaced documents, deleted once the commit that drops their documents is done. */
    private final Set<String> replacedOriginals = ConcurrentHashMap.newKeySet();
    /** Writers hold it shared from storing an original to writing its document; a commit holds it alone. */
    private final ReentrantReadWriteLock commitGate = new ReentrantReadWriteLock();

    public Ingester(LibraryStore store, OriginalsStore originals, Extractor extractor, DocumentStructurer structurer,
                    MetadataOverrides overrides, int threads) {
        this.store = store;
        this.originals = originals;
        this.extractor = extractor;
        this.structurer = structurer;
        this.overrides = overrides;
        this.threads = Math.max(1, threads);
    }

    /** Ingests all {@code files} and commits; results are in the order of {@code files}. */
    public List<IngestResult> ingest(List<SourceFile> files, IngestListener listener) throws IOException {
        long totalBytes = files.stream().mapToLong(Ingester::sizeOf).sum();
        listener.started(files.size(), totalBytes);
        List<IngestResult> results = new ArrayList<>(files.size());
        AtomicInteger indexed = new AtomicInteger();
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
                            && indexed.incrementAndGet() % COMMIT_EVERY_FILES == 0) {
                        commit();
                    }
                    return result;
                }));
            }
            for (Future<IngestResult> future : futures) {
                results.add(await(future));
            }
        } finally {
            // let running files finish: interrupting a thread that writes index files would close the writer
            pool.shutdown();
            awaitTermination(pool);
            commit();
        }
        return results;
    }

    /**
     * Ingests one file without committing: the caller commits (and only then acknowledges it).
     * Never throws for a bad file: the result says what went wrong.
     */
    public IngestResult ingestOne(SourceFile file) {
        long bytes = sizeOf(file);
        return outcome(file, bytes, () -> claimAndIngest(file, bytes));
    }

    /** Ingests a file whose bytes no other file is being ingested with; else shares that file's outcome. */
    private IngestResult claimAndIngest(SourceFile file, long bytes) throws IOException, ExtractionException {
        if (!Files.isRegularFile(file.path())) {
            return IngestResult.failed(file.source(), "这不是一个普通文件（可能是文件夹或设备），无法读取。请选择文件后再试。",
                    "not a regular file", bytes);
        }
        extractor.checkSize(bytes);
        String fileHash = ContentHash.ofFile(file.path());
        String id = ContentHash.documentId(fileHash);
        CompletableFuture<IngestResult> claim = new CompletableFuture<>();
        CompletableFuture<IngestResult> earlier = inFlightIds.putIfAbsent(id, claim);
        if (earlier != null) {
            return copyOf(file, id, earlier.join(), bytes); // the same bytes from another file, in flight
        }
        try {
            IngestResult result = outcome(file, bytes, () -> ingestClaimed(file, id, fileHash, bytes));
            claim.complete(result);
            return result;
        } finally {
            inFlightIds.remove(id);
            if (!claim.isDone()) {
                claim.completeExceptionally(new IllegalStateException("ingest of " + file.source() + " broke off"));
            }
        }
    }

    /** What {@code step} gave, or the failure it ended with: a bad file never throws out of a batch. */
    private static IngestResult outcome(SourceFile file, long bytes, Step step) {
        try {
            return step.run();
        } catch (ExtractionException e) {
            LOG.warn("not indexed: {} — {} [{}] {}", file.source(), e.getMessage(), e.reason(), e.detail());
            return IngestResult.failed(file.source(), e.getMessage(), e.detail(), bytes);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ingest of {} failed", file.source(), e);
            return IngestResult.failed(file.source(), "处理这个文件时出现内部错误。请将日志交给管理员。", e.toString(), bytes);
        } catch (OutOfMemoryError e) {
            // a single huge text can exhaust the heap; the allocation that failed is gone, the batch goes on
            return IngestResult.failed(file.source(), "内存不足：文件的文字过多。请将文件拆分成几份后再试。",
                    "out of memory; give the JVM more heap or lower --max-chars", bytes);
        }
    }

    /** A step of ingesting one file. */
    @FunctionalInterface
    private interface Step {
        IngestResult run() throws IOException, ExtractionException;
    }

    private IngestResult ingestClaimed(SourceFile file, String id, String fileHash, long bytes)
            throws IOException, ExtractionException {
        Optional<String> stored = storedOrigin(id);
        if (stored.isPresent()) {
            return unchangedOrDuplicate(file, id, stored.get(), bytes);
        }
        Extraction extraction = extractor.extract(file.path());
        GongwenElements recognized = GongwenElements.recognize(extraction.text(), extraction.paged());
        String textHash = ContentHash.ofText(recognized.text());
        String holder = inFlightTextHashes.putIfAbsent(textHash, id);
        if (holder != null) {
            return IngestResult.duplicate(file.source(), id, holder, bytes);
        }
        try {
            Optional<String> existing = Optional.ofNullable(uncommittedTextHashes.get(textHash))
                    .or(() -> findIdByTextHash(textHash));
            if (existing.isPresent()) {
                return IngestResult.duplicate(file.source(), id, existing.get(), bytes);
            }
            Optional<String> replaced = file.origin().flatMap(this::findIdByOrigin).filter(old -> !old.equals(id));
            if (replaced.isPresent()) {
                overrides.carryOver(replaced.get(), id); // the user's edits follow the file to its new version
            }
            DeclaredMetadata declared = overrides.apply(id, file.declared());
            commitGate.readLock().lock();
            try {
                originals.put(fileHash, file.path());
                index(id, fileHash, file.source(), file.origin(), file.path().getFileName().toString(), recognized,
                        extraction, declared);
                if (replaced.isPresent()) {
                    store.document(replaced.get()).map(StoredDocument::originalHash)
                            .filter(hash -> !hash.equals(fileHash)).ifPresent(replacedOriginals::add);
                    store.delete(replaced.get());
                }
                uncommittedOrigins.put(id, file.origin().orElse(""));
                uncommittedTextHashes.put(textHash, id);
            } finally {
                commitGate.readLock().unlock();
            }
            return IngestResult.indexed(file.source(), id, replaced, bytes, recognized.text().length());
        } finally {
            inFlightTextHashes.remove(textHash);
        }
    }

    /**
     * Makes everything ingested so far durable — originals first, then the index — and visible to
     * searches. No document is half-written while it runs, so every committed document has its original.
     */
    public void commit() throws IOException {
        commitGate.writeLock().lock();
        try {
            originals.sync();
            store.commit();
            uncommittedOrigins.clear();
            uncommittedTextHashes.clear();
            for (String hash : List.copyOf(replacedOriginals)) {
                originals.delete(hash);
                replacedOriginals.remove(hash);
            }
        } finally {
            commitGate.writeLock().unlock();
        }
    }

    /** Work to run while no file is being written, see {@link #whilePaused}. */
    @FunctionalInterface
    public interface PausedWork<T> {
        T run() throws IOException;
    }

    /**
     * Commits, then runs {@code work} while no write can start or be half done (files being extracted wait to
     * be written until it returns); how a rebuilt index takes the place of this one.
     */
    public <T> T whilePaused(PausedWork<T> work) throws IOException {
        commitGate.writeLock().lock();
        try {
            commit();
            return work.run();
        } finally {
            commitGate.writeLock().unlock();
        }
    }

    /**
     * Deletes a document, its passages and its original, and commits — all under the commit gate, so no
     * file being ingested at the same time can be left indexed without its original. False if there is no
     * such document.
     */
    public boolean delete(String id) throws IOException {
        commitGate.writeLock().lock();
        try {
            Optional<String> originalHash = store.document(id).map(StoredDocument::originalHash);
            if (originalHash.isEmpty() && !uncommittedOrigins.containsKey(id)) {
                return false;
            }
            store.delete(id);
            commit();
            if (originalHash.isPresent() && originalHash.get() != null) {
                originals.delete(originalHash.get());
            }
            return true;
        } finally {
            commitGate.writeLock().unlock();
        }
    }

    /**
     * The pipeline after extraction: analyses the text once, structures it, resolves its metadata
     * ({@code declared} over inferred) and writes the document's block under {@code id}, replacing any
     * block with that id. No duplicate checks, no commit. Also how a stored original is re-indexed.
     *
     * @param fileHash the hash the original is stored under
     * @param origin   where the file lives, if it is a file on disk (see {@link SourceFile#origin()})
     * @param fileName the file's own name, for the title when the text has none
     */
    public void index(String id, String fileHash, String source, Optional<String> origin, String fileName,
                      Extraction extraction, DeclaredMetadata declared) throws IOException {
        GongwenElements recognized = GongwenElements.recognize(extraction.text(), extraction.paged());
        index(id, fileHash, source, origin, fileName, recognized, extraction, declared);
    }

    /**
     * {@link #index(String, String, String, Optional, String, Extraction, DeclaredMetadata)} with the 公文 elements
     * already recognised in the extracted text: the document's text is theirs, without printed page numbers and
     * running headers.
     */
    private void index(String id, String fileHash, String source, Optional<String> origin, String fileName,
                       GongwenElements recognized, Extraction extraction, DeclaredMetadata declared)
            throws IOException {
        String text = recognized.text();
        AnalyzedDocument analyzed = AnalyzedDocument.of(text);
        StructuredDocument structure = structurer.structure(text, fileName, extraction.title(),
                analyzed.wordCounts(), recognized);
        IndexableDocument doc = new IndexableDocument(id, ContentHash.ofText(text), source, origin, fileHash,
                extraction.mediaType(), text, structure, ResolvedMetadata.of(declared, structure),
                DeclaredMetadataJson.write(declared));
        commitGate.readLock().lock(); // a commit or a paused ingester waits for this write
        try {
            store.put(doc, analyzed);
        } finally {
            commitGate.readLock().unlock();
        }
    }

    /**
     * The outcome for {@code file}, whose bytes {@code first} was ingested with while it waited: as those
     * bytes are stored now (unchanged or a duplicate), else the same as the first's (the same failure, or a
     * duplicate of the same text).
     */
    private IngestResult copyOf(SourceFile file, String id, IngestResult first, long bytes) throws IOException {
        Optional<String> stored = storedOrigin(id);
        return stored.isPresent()
                ? unchangedOrDuplicate(file, id, stored.get(), bytes)
                : first.forCopy(file.source(), bytes);
    }

    /** The same bytes are stored from {@code storedFrom}: the same file again is unchanged, any other a duplicate. */
    private static IngestResult unchangedOrDuplicate(SourceFile file, String id, String storedFrom, long bytes) {
        return file.origin().filter(storedFrom::equals).isPresent()
                ? IngestResult.unchanged(file.source(), id, bytes)
                : IngestResult.duplicate(file.source(), id, id, bytes);
    }

    /** Where the document {@code id} was indexed from ({@code ""} for an upload), if it is stored. */
    private Optional<String> storedOrigin(String id) throws IOException {
        String uncommitted = uncommittedOrigins.get(id);
        if (uncommitted != null) {
            return Optional.of(uncommitted);
        }
        return store.document(id).map(d -> d.origin().orElse(""));
    }

    private Optional<String> findIdByTextHash(String textHash) {
        try {
            return store.idByTextHash(textHash);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<String> findIdByOrigin(String origin) {
        try {
            return store.idByOrigin(origin);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long sizeOf(SourceFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return 0;
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                LOG.info("waiting for ingest workers to finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static IngestResult await(Future<IngestResult> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("ingest worker failed: " + e.getCause(), e.getCause());
        }
    }
}
