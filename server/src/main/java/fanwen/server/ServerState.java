package fanwen.server;

import java.util.concurrent.atomic.AtomicInteger;

/** Whether the server is still indexing the bundled corpus on its first start, and how far it got. */
public final class ServerState {

    private volatile boolean indexing;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    /** Marks the start of the first-start indexing of {@code files} files. */
    public void indexingStarted(int files) {
        total = files;
        done.set(0);
        indexing = true;
    }

    public void fileIndexed() {
        done.incrementAndGet();
    }

    public void indexingFinished() {
        indexing = false;
    }

    public boolean indexing() {
        return indexing;
    }

    public int filesDone() {
        return done.get();
    }

    public int filesTotal() {
        return total;
    }
}
