package fanwen.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fanwen.index.ContentHash;
import fanwen.index.OriginalsStore;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.store.ItemKind;
import fanwen.store.LibraryStore;
import fanwen.store.StoredDocument;

/**
 * Moves a library from one store to another — the embedded index to a cluster, or back — by indexing every document
 * of the source again from its original, under its id, with the metadata declared for it (manifest, upload form, the
 * user's edits): the stores need not share a format, only the data folder's originals.
 *
 * <p>Run again, it skips every document the target already holds as the source does (the same text, by its hash,
 * and the same stored metadata: {@link IngestResult#unchanged}) and indexes again any other ({@code replaced} names
 * the id when the target held an older state of it). Documents only the target holds are left alone. Commits every
 * {@value #COMMIT_EVERY} documents and at the end, so an interrupted run loses little and a second one finishes it.
 */
public final class LibraryMigration {

    private static final int COMMIT_EVERY = 200;

    private final LibraryStore from;
    private final LibraryStore to;
    private final Ingester into;
    private final Reindexer reindexer;
    private final OriginalsStore originals;
    private final MetadataOverrides edits;
    private final int threads;

    /**
     * @param into      the ingester writing to {@code to}, with the originals of the data folder
     * @param reindexer the reindexer over {@code into}
     * @param edits     the user's stored edits, applied over what the source declares
     */
    public LibraryMigration(LibraryStore from, LibraryStore to, Ingester into, Reindexer reindexer,
                            OriginalsStore originals, MetadataOverrides edits, int threads) {
        this.from = from;
        this.to = to;
        this.into = into;
        this.reindexer = reindexer;
        this.originals = originals;
        this.edits = edits;
        this.threads = Math.max(1, threads);
    }

    /** Migrates every document of the source, telling {@code listener} of each; one result per document. */
    public List<IngestResult> run(IngestListener listener) throws IOException {
        List<StoredDocument> documents = from.allDocuments();
        listener.started(documents.size(), documents.stream().mapToLong(this::bytesOf).sum());
        List<IngestResult> results = new ArrayList<>(documents.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "fanwen-migrate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int start = 0; start < documents.size(); start += COMMIT_EVERY) {
                List<Future<IngestResult>> batch = new ArrayList<>();
                for (StoredDocument document : documents.subList(start,
                        Math.min(documents.size(), start + COMMIT_EVERY))) {
                    batch.add(pool.submit(() -> {
                        IngestResult result = migrate(document);
                        listener.completed(result);
                        return result;
                    }));
                }
                for (Future<IngestResult> result : batch) {
                    results.add(result.get());
                }
                into.commit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("migration interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a migration worker failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            // a failed batch: stop its other documents before the caller closes the target, keep what they wrote
            pool.shutdownNow();
            awaitWorkers(pool);
        }
        return results;
    }

    private void awaitWorkers(ExecutorService pool) throws IOException {
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IOException("migration workers did not stop within a minute");
            }
            into.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Migrates one document; its outcome. */
    private IngestResult migrate(StoredDocument document) {
        String id = document.id();
        long bytes = bytesOf(document);
        try {
            Optional<StoredDocument> there = to.document(id);
            String text = from.text(ItemKind.DOCUMENT, id);
            if (there.isPresent() && there.get().equals(document)
                    && to.idByTextHash(ContentHash.ofText(text)).equals(Optional.of(id))) {
                return IngestResult.unchanged(document.source(), id, bytes);
            }
            reindexer.reindex(document, edits.apply(id, Reindexer.declaredOf(document)), into);
            return IngestResult.indexed(document.source(), id, there.map(StoredDocument::id), bytes, text.length());
        } catch (IOException | RuntimeException e) {
            return IngestResult.failed(document.source(), "无法从原件重新索引文档 " + id
                    + "（原件缺失或无法读取）(cannot index the document again from its original)", String.valueOf(
                    e.getMessage()), bytes);
        }
    }

    private long bytesOf(StoredDocument document) {
        Optional<Path> original = originals.find(document.originalHash() == null ? "" : document.originalHash());
        try {
            return original.isPresent() ? Files.size(original.get()) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
