package fanwen.store.opensearch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The ids written or deleted while tracking is on, handed over on request (see {@code LibraryStore.trackTouched}). */
final class TouchedIds {

    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private volatile boolean tracking;

    void start() {
        touched.clear();
        tracking = true;
    }

    void note(String id) {
        if (tracking) {
            touched.add(id);
        }
    }

    Set<String> take(boolean stop) {
        if (stop) {
            tracking = false;
        }
        Set<String> taken = Set.copyOf(touched);
        touched.removeAll(taken);
        return taken;
    }
}
