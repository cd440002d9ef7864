package fanwen.opensearch.node;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.cluster.service.ClusterService;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * An OpenSearch cluster of one or more nodes in this JVM, on 127.0.0.1, sharing one OpenSearch home: node-1 is the
 * cluster manager and holds data, the others hold data. Each node loads the plugins installed in the home's
 * {@code plugins/} as a distribution does, each in its own class loader; the modules a distribution ships
 * (HTTP transport, common analysis) come from the class path. A home started again keeps its indexes.
 */
public final class LocalCluster implements AutoCloseable {

    private static final List<Class<? extends Plugin>> MODULES = List.of(Netty4ModulePlugin.class,
            CommonAnalysisModulePlugin.class);

    private final List<Node> nodes = new ArrayList<>();
    private final int httpPort;
    private final int expectedNodes;

    private LocalCluster(int httpPort, int expectedNodes) {
        this.httpPort = httpPort;
        this.expectedNodes = expectedNodes;
    }

    /**
     * Starts {@code size} nodes on the OpenSearch home {@code home}, node-1 answering HTTP on {@code httpPort} (0: a
     * free port); the cluster may still be forming when this returns.
     */
    public static LocalCluster start(Path home, int size, int httpPort) throws IOException, NodeValidationException {
        return start(home, size, httpPort, Membership.alone());
    }

    /**
     * Where the nodes of this JVM stand among those of other processes: alone, the cluster manager others may join
     * at its transport port, or one data node joining a cluster manager's transport address.
     *
     * @param transportPort node-1's transport port (0: a free one); fixed, it lets nodes of other processes join
     * @param join          the transport address {@code host:port} of the cluster manager to join, or null
     * @param name          the name of the first node
     */
    public record Membership(int transportPort, String join, String name) {

        /** A cluster of its own that no other process joins. */
        public static Membership alone() {
            return new Membership(0, null, "node-1");
        }

        boolean joining() {
            return join != null;
        }

        boolean open() {
            return transportPort != 0;
        }
    }

    /**
     * Starts {@code size} nodes on the OpenSearch home {@code home} as {@code membership} says, the first answering
     * HTTP on {@code httpPort} (0: a free port); the cluster may still be forming when this returns. Nodes of several
     * processes may share one home: each node keeps its data in {@code data/NAME}, so a node started again under
     * its name finds its shards.
     */
    public static LocalCluster start(Path home, int size, int httpPort, Membership membership)
            throws IOException, NodeValidationException {
        if (size < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, not " + size);
        }
        int[] transport = new int[size];
        for (int i = 0; i < size; i++) {
            transport[i] = i == 0 && membership.open() ? membership.transportPort() : freePort();
        }
        LocalCluster cluster = new LocalCluster(httpPort == 0 ? freePort() : httpPort,
                size + (membership.joining() ? 1 : 0));
        try {
            for (int i = 0; i < size; i++) {
                String name = i == 0 ? membership.name() : "node-" + (i + 1);
                boolean manager = i == 0 && !membership.joining();
                Settings.Builder settings = Settings.builder()
                        .put("cluster.name", "fanwen-local")
                        .put("node.name", name)
                        .put("path.home", home.toString())
                        .put("path.data", home.resolve("data").resolve(name).toString())
                        .put("path.logs", home.resolve("logs").toString())
                        .put("network.host", "127.0.0.1")
                        .put("transport.port", transport[i])
                        .put("http.port", i == 0 ? cluster.httpPort : freePort())
                        .putList("node.roles", manager ? List.of("cluster_manager", "data") : List.of("data"))
                        .put("cluster.routing.allocation.disk.threshold_enabled", false);
                if (size == 1 && !membership.open() && !membership.joining()) {
                    settings.put("discovery.type", "single-node");
                } else {
                    settings.putList("discovery.seed_hosts", membership.joining() ? membership.join()
                                    : "127.0.0.1:" + transport[0])
                            // start() returns at once instead of waiting for the cluster to form
                            .put("discovery.initial_state_timeout", "0s");
                    if (!membership.joining()) {
                        settings.putList("cluster.initial_cluster_manager_nodes", membership.name());
                    }
                }
                Node node = new InProcessNode(settings.build(), home.resolve("config"), name);
                cluster.nodes.add(node);
                node.start();
            }
        } catch (IOException | NodeValidationException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The HTTP port of node-1. */
    public int httpPort() {
        return httpPort;
    }

    /** The HTTP address of node-1. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** How many nodes it has in this JVM. */
    public int size() {
        return nodes.size();
    }

    /** How many nodes the cluster has at least once formed: these, and the cluster manager they joined. */
    public int expectedNodes() {
        return expectedNodes;
    }

    @Override
    public void close() throws IOException {
        for (Node node : nodes.reversed()) {
            node.close();
        }
        for (Node node : nodes) {
            try {
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A node with the distribution's modules on the class path. */
    private static final class InProcessNode extends Node {

        /** Node ids go into a process-wide log4j setting that can be set once: the first node sets it. */
        private static final AtomicBoolean ID_LISTENER_REGISTERED = new AtomicBoolean();

        InProcessNode(Settings settings, Path config, String name) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> name),
                    MODULES.stream().map(InProcessNode::module).toList(), true);
        }

        private static PluginInfo module(Class<? extends Plugin> type) {
            return new PluginInfo(type.getName(), "module on the class path", "NA", Version.CURRENT, "21",
                    type.getName(), null, List.of(), false);
        }

        @Override
        protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
            if (ID_LISTENER_REGISTERED.compareAndSet(false, true)) {
                super.configureNodeAndClusterIdStateListener(clusterService);
            }
        }
    }
}
