package fanwen.store.opensearch;

import java.net.URI;

/**
 * The local OpenSearch 3.9.0 node with the analysis-hanlp plugin that the tests of this JVM share: started on first
 * use ({@link NodeProcess}) and stopped when the JVM exits. Each test class keeps to indexes of its own prefix.
 */
public final class LocalOpenSearch {

    private static NodeProcess node;

    private LocalOpenSearch() {
    }

    /** The node's HTTP address, starting it on the first call. */
    public static synchronized URI url() {
        if (node == null) {
            node = NodeProcess.start("shared", "512m");
            NodeProcess started = node;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-opensearch-stop"));
        }
        return node.url();
    }
}
