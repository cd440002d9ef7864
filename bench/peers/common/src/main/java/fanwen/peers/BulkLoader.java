package fanwen.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends documents to a peer the way a bulk loader does: batches of a fixed size, a few at a time, then one
 * commit once all are in.
 */
public final class BulkLoader {

    /** Sends one batch; throws if the peer refused any of it. */
    @FunctionalInterface
    public interface BatchSender {
        void send(List<PeerDocument> batch) throws Exception;
    }

    /** Makes everything sent durable and searchable. */
    @FunctionalInterface
    public interface Commit {
        void run() throws Exception;
    }

    private BulkLoader() {
    }

    /** Loads {@code docs} in batches of {@code batchSize} over {@code clients} threads, then commits. */
    public static void load(List<PeerDocument> docs, int batchSize, int clients, BatchSender sender, Commit commit)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int from = 0; from < docs.size(); from += batchSize) {
                List<PeerDocument> batch = docs.subList(from, Math.min(docs.size(), from + batchSize));
                sent.add(pool.submit(() -> {
                    sender.send(batch);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        commit.run();
    }
}
