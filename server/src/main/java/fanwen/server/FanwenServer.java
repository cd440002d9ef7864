package fanwen.server;

import java.io.IOException;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;

import fanwen.engine.Engine;
import fanwen.server.api.Routes;
import fanwen.server.http.ErrorMapping;
import fanwen.server.http.JsonErrorHandler;
import fanwen.server.http.Metrics;
import fanwen.server.http.RequestLog;
import fanwen.server.http.WebPage;
import fanwen.server.json.JsonMapping;

/**
 * The HTTP server: Javalin on virtual threads over an opened {@link Engine}, answering the JSON API under
 * {@code /api/v1/} and serving the web page at {@code /}. It owns neither the engine nor the first-start
 * indexing ({@link ServeCommand} does); it only answers requests.
 */
public final class FanwenServer implements AutoCloseable {

    private final Javalin app;

    private FanwenServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving {@code engine} as {@code config} says; returns once the port is bound.
     *
     * @throws IllegalArgumentException when the configuration is unsafe, see {@link ServerConfig#validate()}
     */
    public static FanwenServer start(Engine engine, ServerConfig config, ServerState state) throws IOException {
        config.validate();
        ServerLimits limits = config.limits();
        ObjectMapper json = JsonMapping.mapper();
        Metrics metrics = new Metrics();
        RequestLog requestLog = new RequestLog(metrics);
        String uploads = Files.createDirectories(engine.folder().uploads()).toAbsolutePath().toString();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.concurrency.useVirtualThreads = true;
            c.jsonMapper(new JavalinJackson(json, true));
            c.http.maxRequestSize = limits.maxJsonBytes();
            c.jetty.multipartConfig.cacheDirectory(uploads);
            c.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(ServerLimits.MAX_HEADER_BYTES));
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json)));
            c.requestLogger.http(requestLog::log);
            WebPage.install(c);
            ErrorMapping.install(c.routes);
            Routes.install(c.routes, engine, config, state, metrics, json);
        });
        app.start(config.host(), config.port());
        return new FanwenServer(app);
    }

    /** The port the server listens on (the one picked when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
