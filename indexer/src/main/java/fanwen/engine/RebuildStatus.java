package fanwen.engine;

import java.util.Optional;

import fanwen.model.Progress;

/** Whether a rebuild of an outdated index runs, and how far it got: what {@code /health} shows meanwhile. */
final class RebuildStatus {

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
    Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }
}
