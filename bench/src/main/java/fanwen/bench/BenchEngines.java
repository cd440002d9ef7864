package fanwen.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

import fanwen.engine.Engine;
import fanwen.model.ClusterAddress;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;

/**
 * The engine a benchmark measures: over the embedded store of a data folder or, given a cluster, over that OpenSearch
 * cluster (the folder then keeps only the originals and edits); default extraction limits, a thread per core.
 */
public final class BenchEngines {

    private BenchEngines() {
    }

    /**
     * Opens the library of {@code data}, its index embedded or on {@code cluster}.
     *
     * @throws IOException saying so when no node of the cluster answers
     */
    public static Engine open(Path data, Optional<ClusterAddress> cluster) throws IOException {
        try {
            return Engine.open(new DataFolder(data), cluster, ExtractionLimits.defaults(),
                    Runtime.getRuntime().availableProcessors());
        } catch (IOException e) {
            if (cluster.isPresent() && unreachable(e)) {
                throw new IOException("no OpenSearch node answers at " + cluster.get().hosts()
                        + " — start one (OPENSEARCH_NODE_HEAP=2g scripts/opensearch-node --port 0) and pass the"
                        + " address it prints", e);
            }
            throw e;
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
