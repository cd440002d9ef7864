package fanwen.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import fanwen.model.ClusterAddress;
import fanwen.store.opensearch.LocalOpenSearch;

/**
 * The stores a behaviour test runs on: the embedded index of the data folder, and an OpenSearch cluster (the local
 * node with the plugin the tests share, {@link LocalOpenSearch}), where each library gets index names of its own.
 */
public enum StoreKind {
    EMBEDDED, OPENSEARCH;

    private static final AtomicInteger LIBRARIES = new AtomicInteger();

    /** Where a new library of this kind keeps its index: nowhere but its data folder, or fresh indexes on the node. */
    public Optional<ClusterAddress> newCluster() {
        return this == EMBEDDED ? Optional.empty() : Optional.of(new ClusterAddress(List.of(LocalOpenSearch.url()),
                "library-" + LIBRARIES.incrementAndGet() + "-" + ProcessHandle.current().pid()));
    }
}
