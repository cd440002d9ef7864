package fanwen.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;

/** The real server, in this JVM, on a free port over a temporary data folder; closed after the tests. */
final class TestServer implements AutoCloseable {

    final Path data;
    final Engine engine;
    final FanwenServer server;
    final Http http;

    TestServer(ServerConfig config) throws IOException {
        data = Files.createTempDirectory("fanwen-server-test");
        engine = Engine.open(new DataFolder(data), config.limits().extraction(), 2);
        server = FanwenServer.start(engine, config, new ServerState());
        http = new Http("http://127.0.0.1:" + server.port());
    }

    /** The default configuration on a free port. */
    static TestServer local() throws IOException {
        return new TestServer(ServerConfig.local(0));
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

    /** The bundled seed essays of the repository (the module's working directory is its folder). */
    static Path seed() {
        for (Path candidate : new Path[]{Path.of("../corpus/seed"), Path.of("corpus/seed")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("corpus/seed not found from " + Path.of("").toAbsolutePath());
    }
}
