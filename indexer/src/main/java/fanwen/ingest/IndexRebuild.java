package fanwen.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.model.RebuildOutcome;
import fanwen.store.LibraryStore;
import fanwen.store.StoredDocument;

/**
 * Rebuilds an index written with an older schema from the stored originals, beside it, while the old index goes
 * on serving searches and taking writes; then puts the rebuilt index in its place.
 *
 * <p>Every document of the live index is re-extracted from its original and run through this release's pipeline
 * with the metadata declared for it (manifest, upload form, the user's edits) into a fresh index at
 * {@code target}. Writes that happen meanwhile are learnt from {@link FanwenIndex#trackTouched} and replayed:
 * in rounds while writes go on, and a last time with the ingester paused, right before the switch. If any
 * document cannot be rebuilt (its original is missing or no longer extracts), nothing is switched: the old
 * index keeps serving and the outcome names the documents.
 */
public final class IndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);

    /** Replay rounds while writes go on, before the last one with writes paused. */
    private static final int CATCH_UP_ROUNDS = 3;

    /** Told how far the rebuild got. */
    public interface Listener {
        void rebuilt(int done, int total);

        Listener NONE = (done, total) -> {
        };
    }

    private final LibraryStore live;
    private final Ingester liveIngester;
    private final Reindexer reindexer;
    private final int threads;

    public IndexRebuild(LibraryStore live, Ingester liveIngester, Reindexer reindexer, int threads) {
        this.live = live;
        this.liveIngester = liveIngester;
        this.reindexer = reindexer;
        this.threads = Math.max(1, threads);
    }

    /** Puts the rebuilt store, committed and closed, in the place of the live one. */
    @FunctionalInterface
    public interface Switch {
        void toRebuilt() throws IOException;
    }

    /**
     * Rebuilds into {@code targetIndex} (a new, empty store beside the live one), written through
     * {@code targetIngester} (an ingester over it), and switches when every document was rebuilt.
     */
    public RebuildOutcome run(LibraryStore targetIndex, Ingester targetIngester, Switch switchToTarget,
                              Listener progress) throws IOException {
        live.trackTouched();
        List<StoredDocument> documents = live.allDocuments();
        List<String> failed = new ArrayList<>(rebuild(documents, targetIngester, progress));
        for (int round = 0; round < CATCH_UP_ROUNDS && failed.isEmpty(); round++) {
            Set<String> touched = live.takeTouched(false);
            if (touched.isEmpty()) {
                break;
            }
            failed.addAll(replay(touched, targetIndex, targetIngester));
        }
        if (!failed.isEmpty()) {
            live.takeTouched(true);
            targetIndex.close();
            LOG.warn("the index was not rebuilt: {} documents could not be rebuilt from their originals: {}",
                    failed.size(), failed);
            return new RebuildOutcome(documents.size(), failed, false);
        }
        List<String> lastFailures = liveIngester.whilePaused(() -> {
            List<String> last = replay(live.takeTouched(true), targetIndex, targetIngester);
            if (last.isEmpty()) {
                targetIndex.commit();
                targetIndex.close();
                switchToTarget.toRebuilt();
            }
            return last;
        });
        if (!lastFailures.isEmpty()) {
            targetIndex.close();
            return new RebuildOutcome(documents.size(), lastFailures, false);
        }
        int rebuilt = live.counts().documents();
        LOG.info("index rebuilt from the originals with schema version {}: {} documents", live.version(), rebuilt);
        return new RebuildOutcome(rebuilt, List.of(), true);
    }

    /** Rebuilds {@code documents} on a pool; the reasons of those that failed. */
    private Collection<String> rebuild(List<StoredDocument> documents, Ingester into, Listener progress)
            throws IOException {
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "fanwen-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> work = new ArrayList<>(documents.size());
            for (StoredDocument stored : documents) {
                work.add(pool.submit(() -> {
                    rebuildOne(stored, into).ifPresent(failed::add);
                    progress.rebuilt(done.incrementAndGet(), documents.size());
                }));
            }
            for (Future<?> piece : work) {
                piece.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rebuild interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("rebuild worker failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        return failed;
    }

    /** Brings the rebuilt index up to date with the live one for the documents in {@code ids}. */
    private List<String> replay(Set<String> ids, LibraryStore target, Ingester into) throws IOException {
        List<String> failed = new ArrayList<>();
        for (String id : ids) {
            Optional<StoredDocument> stored = live.document(id);
            if (stored.isEmpty()) {
                target.delete(id);
            } else {
                rebuildOne(stored.get(), into).ifPresent(failed::add);
            }
        }
        return failed;
    }

    /** Rebuilds one document; the reason if it failed. */
    private Optional<String> rebuildOne(StoredDocument stored, Ingester into) {
        try {
            reindexer.reindex(stored, Reindexer.declaredOf(stored), into);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(stored.id() + " (" + stored.source() + "): " + e.getMessage());
        }
    }
}
