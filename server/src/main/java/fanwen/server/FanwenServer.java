package fanwen.server;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import fanwen.engine.Engine;
import fanwen.server.api.Routes;
import fanwen.server.http.ErrorMapping;
import fanwen.server.http.JsonErrorHandler;
import fanwen.server.http.Metrics;
import fanwen.server.http.RequestLog;
import fanwen.server.http.WebPage;
import fanwen.server.json.JsonMapping;
import fanwen.server.work.HeavyWork;
import fanwen.server.work.RequestTimeLimits;
import fanwen.server.work.RequestWatchdog;

/**
 * The HTTP server: Javalin over an opened {@link Engine}, answering the JSON API under {@code /api/v1/} and
 * serving the web page at {@code /}. It owns neither the engine nor the first-start indexing
 * ({@link ServeCommand} does); it only answers requests.
 *
 * <p>Requests run on a bounded pool of platform threads, not virtual threads: the operating system shares the
 * cores among platform threads, so a request that computes for long — or a bug that spins — cannot keep
 * {@code /health} from being answered, while a virtual thread keeps its carrier (one per core) until it blocks.
 * CPU-heavy work runs on {@link HeavyWork}, smaller than the machine; {@link RequestWatchdog} reports any request
 * past its time limit.
 */
public final class FanwenServer implements AutoCloseable {

    /** Most requests answered at once; more wait for a thread in Jetty's queue. */
    private static final int MAX_REQUEST_THREADS = 200;
    private static final int MIN_REQUEST_THREADS = 8;

    private final Javalin app;
    private final HeavyWork heavyWork;
    private final RequestWatchdog watchdog;

    private FanwenServer(Javalin app, HeavyWork heavyWork, RequestWatchdog watchdog) {
        this.app = app;
        this.heavyWork = heavyWork;
        this.watchdog = watchdog;
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
        HeavyWork heavyWork = HeavyWork.forThisMachine(limits.time().heavy());
        RequestWatchdog watchdog = new RequestWatchdog(new RequestTimeLimits(limits));
        QueuedThreadPool requestThreads = new QueuedThreadPool(MAX_REQUEST_THREADS, MIN_REQUEST_THREADS);
        requestThreads.setName("fanwen-http");
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.concurrency.useVirtualThreads = false;
            c.jetty.threadPool = requestThreads;
            c.jetty.modifyServletContextHandler(context ->
                    context.addFilter(new FilterHolder(watchdog), "/*", EnumSet.of(DispatcherType.REQUEST)));
            c.jsonMapper(new JavalinJackson(json, false));
            c.http.maxRequestSize = limits.maxJsonBytes();
            c.jetty.multipartConfig.cacheDirectory(uploads);
            c.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(limits.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(ServerLimits.MAX_HEADER_BYTES));
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json)));
            c.requestLogger.http(requestLog::log);
            WebPage.install(c);
            ErrorMapping.install(c);
            Routes.install(c.routes, engine, config, state, new Routes.Shared(metrics, heavyWork, watchdog), json);
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            heavyWork.close();
            watchdog.close();
            throw e;
        }
        return new FanwenServer(app, heavyWork, watchdog);
    }

    /** The port the server listens on (the one picked when started on port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        heavyWork.close();
        watchdog.close();
    }
}
