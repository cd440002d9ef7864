package fanwen.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.IngestListener;

/**
 * The real server, in this JVM, on a free port over a temporary data folder (empty, or holding the bundled corpus);
 * closed after the tests.
 */
final class TestServer implements AutoCloseable {

    final Path data;
    final ServerConfig config;
    final Engine engine;
    final FanwenServer server;
    final String baseUrl;
    final Http http;

    TestServer(ServerConfig config) throws IOException {
        this(config, false);
    }

    private TestServer(ServerConfig config, boolean bundledCorpus) throws IOException {
        this(config, Files.createTempDirectory("fanwen-server-test"), bundledCorpus);
    }

    private TestServer(ServerConfig config, Path data, boolean bundledCorpus) throws IOException {
        this.data = data;
        this.config = config;
        engine = Engine.open(new DataFolder(data), config.limits().extraction(), 2);
        if (bundledCorpus) {
            engine.ingest(engine.collect(List.of(corpus())).files(), IngestListener.NONE);
        }
        server = FanwenServer.start(engine, config, new ServerState());
        baseUrl = "http://127.0.0.1:" + server.port();
        http = new Http(baseUrl);
    }

    /** A server over the bundled corpus (the repository's {@code corpus/}), indexed before it starts. */
    static TestServer withBundledCorpus(ServerConfig config) throws IOException {
        return new TestServer(config, true);
    }

    /** The default configuration on a free port. */
    static TestServer local() throws IOException {
        return new TestServer(ServerConfig.local(0));
    }

    /** Stops this server, keeping its data folder, and starts another on it: a restart. */
    TestServer restarted() throws IOException {
        server.close();
        engine.close();
        return new TestServer(config, data, false);
    }

    @Override
    public void close() throws IOException {
        server.close();
        engine.close();
        deleteTree(data);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The bundled seed essays of the repository. */
    static Path seed() {
        return corpus().resolve("seed");
    }

    /** The bundled corpus of the repository (the module's working directory is its folder). */
    static Path corpus() {
        return repository().resolve("corpus");
    }

    /** The repository's root folder. */
    static Path repository() {
        for (Path candidate : new Path[]{Path.of(".."), Path.of("")}) {
            if (Files.isDirectory(candidate.resolve("corpus/seed"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("the repository's corpus/seed not found from " + Path.of("").toAbsolutePath());
    }
}
