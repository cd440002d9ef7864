package fanwen.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import fanwen.model.IngestListener;
import fanwen.model.IngestResult;

/**
 * A one-line progress bar for ingest on a terminal — files, MB, rate and time left — redrawn at most
 * ten times a second. Off a terminal it prints nothing: the summary follows anyway.
 */
final class ProgressBar implements IngestListener {

    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong doneBytes = new AtomicLong();
    private final AtomicLong lastDraw = new AtomicLong();
    private volatile int files;
    private volatile long bytes;
    private volatile long startedNanos;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int files, long bytes) {
        this.files = files;
        this.bytes = bytes;
        this.startedNanos = System.nanoTime();
    }

    @Override
    public void completed(IngestResult result) {
        done.incrementAndGet();
        doneBytes.addAndGet(result.bytes());
        long now = System.nanoTime();
        long last = lastDraw.get();
        if (terminal && now - last > REDRAW_NANOS && lastDraw.compareAndSet(last, now)) {
            draw(now);
        }
    }

    private synchronized void draw(long now) {
        double seconds = Math.max(0.001, (now - startedNanos) / 1e9);
        double mb = doneBytes.get() / 1e6;
        double totalMb = bytes / 1e6;
        double rate = mb / seconds;
        double fraction = bytes > 0 ? (double) doneBytes.get() / bytes : (files > 0 ? (double) done.get() / files : 1);
        int filled = (int) Math.round(Math.min(1, fraction) * WIDTH);
        long eta = rate > 0 ? Math.round((totalMb - mb) / rate) : 0;
        err.printf("\r[%s%s] %d/%d files  %.1f/%.1f MB  %.2f MB/s  ETA %d:%02d ",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done.get(), files, mb, totalMb, rate,
                eta / 60, eta % 60);
        err.flush();
    }

    /** Draws the final state and ends the line. */
    void finish() {
        if (terminal) {
            draw(System.nanoTime());
            err.println();
            err.flush();
        }
    }
}
