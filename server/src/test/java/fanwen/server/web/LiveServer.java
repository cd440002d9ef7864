package fanwen.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.DeclaredMetadata;
import fanwen.model.IngestListener;
import fanwen.model.MetadataEdit;
import fanwen.model.SourceFile;
import fanwen.server.FanwenServer;
import fanwen.server.ServerConfig;
import fanwen.server.ServerLimits;
import fanwen.server.ServerState;

/**
 * The real server on a free port over a temporary data folder, as {@code ./fanwen serve} runs it but for
 * its rate limit, which a test browser would soon exhaust: with the bundled corpus (the repository's
 * {@code corpus/}, indexed before the server starts) or with an empty library.
 */
final class LiveServer implements AutoCloseable {

    private final Path data;
    private final Engine engine;
    private final ServerState state;
    private final FanwenServer server;

    private LiveServer(Path data, Engine engine, ServerState state, FanwenServer server) {
        this.data = data;
        this.engine = engine;
        this.state = state;
        this.server = server;
    }

    static LiveServer withBundledCorpus() {
        return start(config(), true);
    }

    static LiveServer empty() {
        return start(config(), false);
    }

    /** An empty library whose writes need {@code key}. */
    static LiveServer emptyWithKey(String key) {
        return start(config().withApiKey(key), false);
    }

    private static ServerConfig config() {
        return ServerConfig.local(0).withLimits(ServerLimits.defaults().withRate(100_000, 10_000));
    }

    private static LiveServer start(ServerConfig config, boolean corpus) {
        try {
            Path data = Files.createTempDirectory("fanwen-web-test");
            Engine engine = Engine.open(new DataFolder(data), config.limits().extraction(), 2);
            if (corpus) {
                engine.ingest(engine.collect(List.of(Repository.folder("corpus"))).files(),
                        IngestListener.NONE);
            }
            ServerState state = new ServerState();
            return new LiveServer(data, engine, state, FanwenServer.start(engine, config, state));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What health reports: whether the server is still indexing its first corpus. */
    ServerState state() {
        return state;
    }

    /** {@code http://127.0.0.1:PORT} */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The API's JSON answer to {@code GET pathAndQuery}: what the page should be showing. */
    JsonNode get(String pathAndQuery) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new ObjectMapper().readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the document titled exactly {@code title}. */
    String idOfTitle(String title) {
        for (JsonNode hit : get("/api/v1/search?size=20&q=" + encode(title)).get("hits")) {
            if (hit.get("title").asText().equals(title)) {
                return hit.get("id").asText();
            }
        }
        throw new AssertionError("no document titled " + title);
    }

    /** Indexes {@code file} as an upload of it would. */
    void index(Path file) {
        try {
            engine.ingestOne(SourceFile.upload(file, file.getFileName().toString(), DeclaredMetadata.NONE));
            engine.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives document {@code id} the tag {@code tag}, as a user's edit would. */
    void tag(String id, String tag) {
        try {
            engine.editMetadata(id, new MetadataEdit(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(List.of(tag))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
        engine.close();
        try (Stream<Path> paths = Files.walk(data)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
