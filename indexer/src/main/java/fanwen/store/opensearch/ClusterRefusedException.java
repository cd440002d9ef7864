package fanwen.store.opensearch;

import java.io.IOException;

/**
 * A cluster the store cannot use, with what to do about it: one without the analysis-hanlp plugin on every node, or
 * whose Fanwen indexes were written with a mapping this release does not read.
 */
public final class ClusterRefusedException extends IOException {

    ClusterRefusedException(String message) {
        super(message);
    }
}
