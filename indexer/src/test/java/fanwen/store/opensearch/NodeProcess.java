package fanwen.store.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A local OpenSearch 3.9.0 node run as a child process: {@code fanwen.opensearch.node.OpenSearchNode} from {@code
 * opensearch/node/target/opensearch-node}, on OpenSearch's Lucene rather than ours, in a temporary home deleted with
 * it (or in the {@code --home} given). It stops on {@link #close()} and also when this JVM dies however it dies,
 * because it exits when its standard input closes; {@link #kill()} takes it down as a crash would. Its log is
 * appended to {@code target/opensearch-node-NAME.log}.
 */
final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final URI url;

    private NodeProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts a one-node cluster with {@code options} ({@code --without-plugin}, {@code --nodes 2}, {@code --join …},
     * …); returns once it is healthy.
     */
    static NodeProcess start(String name, String heap, String... options) {
        Path folder = folder();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Dfile.encoding=UTF-8", "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-cp", folder.resolve("lib") + "/*", "fanwen.opensearch.node.OpenSearchNode",
                "--nodes", "1", "--port", "0", "--until-stdin-closes"));
        command.addAll(List.of(options));
        Path log = Path.of("target", "opensearch-node-" + name + ".log").toAbsolutePath();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a local OpenSearch node from " + folder, e);
        }
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = firstLine.get(3, TimeUnit.MINUTES);
            if (line == null || !line.startsWith("http://")) {
                throw new IllegalStateException("the local OpenSearch node did not start; see " + log);
            }
            return new NodeProcess(process, URI.create(line.strip()));
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            stop(process);
            throw new IllegalStateException("the local OpenSearch node did not answer within 3 minutes; see " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Its HTTP address. */
    URI url() {
        return url;
    }

    @Override
    public void close() {
        stop(process);
    }

    /** Kills the process at once (SIGKILL), as a machine lost: no shutdown, no goodbye to the cluster. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the OpenSearch node " + url + " did not die within 30 s of SIGKILL");
        }
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close(); // the node stops when its input closes
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path folder() {
        String configured = System.getProperty("opensearch.node");
        Path folder = Path.of(configured == null ? "../opensearch/node/target/opensearch-node" : configured);
        if (!Files.isDirectory(folder.resolve("lib"))) {
            throw new IllegalStateException("no local OpenSearch node in " + folder.toAbsolutePath()
                    + ": build it with mvn -pl opensearch/node -am package -DskipTests");
        }
        return folder;
    }
}
