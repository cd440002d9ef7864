package fanwen.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import fanwen.cli.BundledCorpus;
import fanwen.cli.ClusterOption;
import fanwen.cli.DataOption;
import fanwen.engine.Engine;
import fanwen.model.ClusterAddress;
import fanwen.model.DataFolder;
import fanwen.model.FileBatch;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.RebuildOutcome;

/**
 * {@code fanwen serve}: opens the data folder (its index there, or on an OpenSearch cluster with {@code
 * --opensearch}), starts the HTTP server, and on an empty library indexes the bundled corpus in the background (the
 * API answers meanwhile, health says {@code indexing}). Runs until the process is stopped; the index is closed (and
 * committed) on the way out.
 */
@Command(name = "serve", description = "Start the HTTP server (JSON API v1) on the data folder.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--api-key", paramLabel = "KEY", description = "key required for writes (upload, edit, delete)")
    String apiKey;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "web origin allowed to read the API from a browser, repeatable; * for any")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--allow-open-writes",
            description = "accept writes without an API key on a non-loopback address")
    boolean allowOpenWrites;

    @Option(names = "--max-upload-mb", description = "largest upload, in MB (default: ${DEFAULT-VALUE})")
    long maxUploadMb = ServerLimits.defaults().maxUploadBytes() / (1024 * 1024);

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "requests per minute per client (default: ${DEFAULT-VALUE})")
    int requestsPerMinute = ServerLimits.defaults().requestsPerMinute();

    @Override
    public Integer call() throws Exception {
        ServerLimits defaults = ServerLimits.defaults();
        ServerConfig config = new ServerConfig(host, port, Optional.ofNullable(apiKey), corsOrigins, allowOpenWrites,
                defaults.withMaxUploadBytes(maxUploadMb * 1024 * 1024)
                        .withRate(requestsPerMinute, Math.min(defaults.burst(), requestsPerMinute)));
        config.validate();
        DataFolder folder = data.folder();
        long started = System.nanoTime();
        Optional<ClusterAddress> clusterAddress = cluster.address();
        boolean emptyFolder = isEmpty(folder.index());
        Engine engine = Engine.open(folder, clusterAddress, config.limits().extraction(),
                Runtime.getRuntime().availableProcessors());
        boolean firstStart = clusterAddress.isPresent() ? engine.health().documents() == 0 : emptyFolder;
        ServerState state = new ServerState();
        FanwenServer server = FanwenServer.start(engine, config, state);
        LOG.info("serving {}{} on http://{}:{}/api/v1/ (ready in {} ms)", folder.root().toAbsolutePath(),
                clusterAddress.map(c -> " with its index on OpenSearch " + c.hosts() + " (prefix " + c.indexPrefix()
                        + ")").orElse(""), host, server.port(), (System.nanoTime() - started) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                engine.close();
            } catch (IOException e) {
                LOG.warn("closing the index failed: {}", e.getMessage());
            }
            stopped.countDown();
        }, "shutdown"));
        if (firstStart) {
            indexBundledCorpus(engine, state);
        } else if (engine.indexOutdated()) {
            rebuildOutdatedIndex(engine);
        }
        stopped.await();
        return 0;
    }

    /** Indexes the bundled corpus on a virtual thread, logging progress; the server answers meanwhile. */
    static void indexBundledCorpus(Engine engine, ServerState state) throws IOException {
        Optional<Path> corpus = BundledCorpus.locate();
        if (corpus.isEmpty()) {
            LOG.info("empty data folder and no bundled corpus found: starting with an empty library");
            return;
        }
        FileBatch collected = engine.collect(List.of(corpus.get()));
        state.indexingStarted(collected.files().size());
        LOG.info("empty data folder: indexing the bundled corpus {} ({} files) in the background", corpus.get(),
                collected.files().size());
        Thread.ofVirtual().name("corpus-indexing").start(() -> {
            long started = System.nanoTime();
            try {
                List<IngestResult> results = engine.ingest(collected.files(), new IngestListener() {
                    @Override
                    public void completed(IngestResult result) {
                        state.fileIndexed();
                        int done = state.filesDone();
                        int total = state.filesTotal();
                        if (done == total || done % Math.max(1, total / 10) == 0) {
                            LOG.info("indexing the bundled corpus: {}/{} files", done, total);
                        }
                    }
                });
                LOG.info("bundled corpus indexed: {} files in {} s", results.size(),
                        (System.nanoTime() - started) / 1_000_000_000);
            } catch (IOException | RuntimeException e) {
                LOG.error("indexing the bundled corpus failed", e);
            } finally {
                state.indexingFinished();
            }
        });
    }

    /**
     * Rebuilds an index written by an older release on a background thread: the old index answers meanwhile
     * ({@code /health} says {@code upgrading}), then the rebuilt one takes its place.
     */
    static void rebuildOutdatedIndex(Engine engine) {
        LOG.info("the index was written by an older release: rebuilding it from the originals in the background");
        Thread.ofPlatform().daemon().name("index-rebuild").start(() -> {
            try {
                RebuildOutcome outcome = engine.rebuildIfOutdated();
                if (outcome.switched()) {
                    LOG.info("index rebuilt: {} documents", outcome.documents());
                } else {
                    LOG.error("the index could not be rebuilt; the old one keeps serving. {} documents failed: {}",
                            outcome.failed().size(), outcome.failed());
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("rebuilding the index failed; the old one keeps serving", e);
            }
        });
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
