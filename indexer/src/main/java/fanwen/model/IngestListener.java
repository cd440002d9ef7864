package fanwen.model;

/** Follows a batch: told the totals once, then each file's result as it completes (from worker threads). */
public interface IngestListener {

    /** Called once before work starts. */
    default void started(int files, long bytes) {
    }

    /** Called once per file, possibly concurrently. */
    default void completed(IngestResult result) {
    }

    /** A listener that ignores everything. */
    IngestListener NONE = new IngestListener() {
    };
}
