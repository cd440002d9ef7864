package fanwen.engine;

import java.util.Optional;

/** Whether a rebuild of an outdated index runs, and how far it got: what {@code /health} shows meanwhile. */
public final class RebuildStatus {

    /** Documents rebuilt so far, of all. */
    public record Progress(int done, int total) {
    }

    private volatile Progress progress;

    void started(int total) {
        progress = new Progress(0, total);
    }

    void rebuilt(int done, int total) {
        progress = new Progress(done, total);
    }

    void finished() {
        progress = null;
    }

    /** The progress while a rebuild runs. */
    public Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }
}
