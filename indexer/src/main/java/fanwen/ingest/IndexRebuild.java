package fanwen.ingest;

import java.io.IOException;
import java.nio.file.Path;
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

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.index.FanwenIndex;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;
import fanwen.model.RebuildOutcome;

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

    /** The stored fields a document is rebuilt from. */
    private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.ORIGINAL_HASH, Schema.SOURCE, Schema.ORIGIN,
            Schema.DECLARED, Schema.TITLE, Schema.TYPE, Schema.YEAR, Schema.DATE_TEXT, Schema.UNIT, Schema.TAG);

    /** Told how far the rebuild got. */
    public interface Listener {
        void rebuilt(int done, int total);

        Listener NONE = (done, total) -> {
        };
    }

    private final FanwenIndex live;
    private final Ingester liveIngester;
    private final Reindexer reindexer;
    private final int threads;

    public IndexRebuild(FanwenIndex live, Ingester liveIngester, Reindexer reindexer, int threads) {
        this.live = live;
        this.liveIngester = liveIngester;
        this.reindexer = reindexer;
        this.threads = Math.max(1, threads);
    }

    /**
     * Rebuilds into {@code target} (a folder beside the live index, created empty), written through
     * {@code targetIngester} (an ingester over the index at {@code target}), and switches when every document
     * was rebuilt.
     */
    public RebuildOutcome run(Path target, FanwenIndex targetIndex, Ingester targetIngester, Listener progress)
            throws IOException {
        live.trackTouched();
        List<Document> documents = live.withSearcher(IndexRebuild::allDocuments);
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
                live.replaceWith(target);
            }
            return last;
        });
        if (!lastFailures.isEmpty()) {
            targetIndex.close();
            return new RebuildOutcome(documents.size(), lastFailures, false);
        }
        int rebuilt = live.counts().documents();
        LOG.info("index rebuilt from the originals with schema version {}: {} documents", Schema.VERSION, rebuilt);
        return new RebuildOutcome(rebuilt, List.of(), true);
    }

    /** Rebuilds {@code documents} on a pool; the reasons of those that failed. */
    private Collection<String> rebuild(List<Document> documents, Ingester into, Listener progress)
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
            for (Document stored : documents) {
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
    private List<String> replay(Set<String> ids, FanwenIndex target, Ingester into) throws IOException {
        List<String> failed = new ArrayList<>();
        for (String id : ids) {
            Optional<Document> stored = live.findDocument(id);
            if (stored.isEmpty()) {
                target.delete(id);
            } else {
                rebuildOne(stored.get(), into).ifPresent(failed::add);
            }
        }
        return failed;
    }

    /** Rebuilds one document; the reason if it failed. */
    private Optional<String> rebuildOne(Document stored, Ingester into) {
        try {
            reindexer.reindex(stored, Reindexer.declaredOf(stored), into);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(stored.get(Schema.ID) + " (" + stored.get(Schema.SOURCE) + "): " + e.getMessage());
        }
    }

    private static List<Document> allDocuments(IndexSearcher searcher) throws IOException {
        TermQuery documents = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT));
        List<Document> all = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(documents, Math.max(1, searcher.count(documents))).scoreDocs) {
            all.add(StoredFieldLoader.load(searcher.storedFields(), hit.doc, FIELDS));
        }
        return all;
    }
}
