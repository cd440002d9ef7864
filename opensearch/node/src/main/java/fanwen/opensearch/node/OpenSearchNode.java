package fanwen.opensearch.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Runs a local OpenSearch 3.9.0 node, or a cluster of several, with the analysis-hanlp plugin installed, until the
 * process is stopped (Ctrl-C, SIGTERM) or, with {@code --until-stdin-closes}, until its standard input closes — so
 * a test run that started it as a child process takes it down even when killed. Once the cluster answers (status
 * yellow or green with every node joined) it prints its HTTP address, and only that, on standard output; the
 * nodes log to standard error.
 *
 * <pre>
 * OpenSearchNode [--nodes N] [--port P] [--home DIR] [--plugin ZIP | --without-plugin] [--until-stdin-closes]
 *                [--transport-port T | --join HOST:T --name NAME]
 * </pre>
 * {@code --nodes} defaults to 1, {@code --port} to 9200 (0: a free port), {@code --home} to a temporary folder
 * deleted at the end (give one to keep the indexes between runs), {@code --plugin} to the zip beside the folder of
 * this class's jar (as {@code opensearch/node/target/opensearch-node/} lays them out); {@code --without-plugin}
 * starts a bare node, as a cluster Fanwen must refuse. A cluster of nodes in several processes — one can then be
 * killed alone — is a first process with {@code --transport-port T} (its node-1 is the cluster manager, reached there)
 * and others with {@code --join 127.0.0.1:T --name NAME} (a data node each; the same home and name again is the same
 * node, with its shards). Each process prints its own node's HTTP address.
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("opensearch-node: " + e.getMessage());
            System.err.println("usage: opensearch-node [--nodes N] [--port P] [--home DIR] "
                    + "[--plugin ZIP | --without-plugin] [--until-stdin-closes] "
                    + "[--transport-port T | --join HOST:T --name NAME]");
            System.exit(2);
            return;
        }
        Path home = options.home() != null ? options.home() : Files.createTempDirectory("fanwen-opensearch-");
        PluginInstaller.prepareHome(home);
        if (!options.withoutPlugin() && !Files.isDirectory(home.resolve("plugins").resolve("analysis-hanlp"))) {
            Path zip = options.plugin() != null ? options.plugin() : pluginBesideThisJar();
            System.err.print(PluginInstaller.install(home, zip, System.getProperty("java.class.path")));
        }
        LocalCluster cluster = LocalCluster.start(home, options.nodes(), options.port(),
                new LocalCluster.Membership(options.transportPort(), options.join(), options.name()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.close();
                if (options.home() == null) {
                    deleteTree(home);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("opensearch-node: stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "opensearch-node-stop"));
        awaitHealthy(cluster);
        System.out.println(cluster.url());
        System.out.flush();
        if (options.untilStdinCloses()) {
            while (System.in.read() >= 0) {
                // the parent keeps our input open while it wants the cluster
            }
            System.exit(0);
        }
        stopped.await();
    }

    /** Waits until every node has joined and every shard's primary is assigned. */
    private static void awaitHealthy(LocalCluster cluster) throws IOException, InterruptedException {
        URI health = cluster.url().resolve("/_cluster/health?wait_for_status=yellow&wait_for_nodes=%3E%3D"
                + cluster.expectedNodes() + "&timeout=5s");
        try (HttpClient http = HttpClient.newHttpClient()) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (true) {
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(health).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    Thread.sleep(200);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the cluster at " + cluster.url() + " did not become healthy in 2 minutes");
                }
            }
        }
    }

    /** The one analysis-hanlp zip in the folder above the one holding this class's jar. */
    private static Path pluginBesideThisJar() throws IOException {
        Path jar;
        try {
            jar = Path.of(OpenSearchNode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path folder = jar.getParent().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> zips = files.filter(f -> f.getFileName().toString().matches("analysis-hanlp-.*\\.zip")).toList();
            if (zips.size() != 1) {
                throw new IllegalArgumentException("expected one analysis-hanlp-*.zip in " + folder + ", found " + zips
                        + "; build it (mvn -pl opensearch/node -am package -DskipTests) or pass --plugin ZIP");
            }
            return zips.getFirst();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The command line. */
    record Options(int nodes, int port, Path home, Path plugin, boolean withoutPlugin, boolean untilStdinCloses,
                   int transportPort, String join, String name) {

        static Options parse(List<String> args) {
            int nodes = 1;
            int port = 9200;
            Path home = null;
            Path plugin = null;
            boolean withoutPlugin = false;
            boolean untilStdinCloses = false;
            int transportPort = 0;
            String join = null;
            String name = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--nodes" -> nodes = number(arg, value(args, ++i, arg));
                    case "--port" -> port = number(arg, value(args, ++i, arg));
                    case "--home" -> home = Path.of(value(args, ++i, arg)).toAbsolutePath();
                    case "--plugin" -> plugin = Path.of(value(args, ++i, arg)).toAbsolutePath();
                    case "--without-plugin" -> withoutPlugin = true;
                    case "--until-stdin-closes" -> untilStdinCloses = true;
                    case "--transport-port" -> transportPort = number(arg, value(args, ++i, arg));
                    case "--join" -> join = value(args, ++i, arg);
                    case "--name" -> name = value(args, ++i, arg);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (nodes < 1) {
                throw new IllegalArgumentException("--nodes must be at least 1, not " + nodes);
            }
            if (join != null && transportPort != 0) {
                throw new IllegalArgumentException("--join and --transport-port exclude each other: a joining node "
                        + "is not the cluster manager");
            }
            if (join != null && name == null) {
                throw new IllegalArgumentException("--join needs --name: the name the node has in the cluster");
            }
            return new Options(nodes, port, home, plugin, withoutPlugin, untilStdinCloses, transportPort, join,
                    name == null ? "node-1" : name);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a number, not " + value);
            }
        }
    }
}
