package fanwen.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

import fanwen.engine.Engine;
import fanwen.server.ServerConfig;
import fanwen.server.ServerState;
import fanwen.server.http.ApiKeyAuth;
import fanwen.server.http.Cors;
import fanwen.server.http.ErrorMapping;
import fanwen.server.http.Metrics;
import fanwen.server.http.RateLimiter;
import fanwen.server.work.HeavyWork;
import fanwen.server.work.RequestWatchdog;

/**
 * Every route of the API v1 in one place: the path, the guard, the handler. Every handler is
 * {@linkplain ErrorMapping#guarded guarded}: it answers its own failures.
 */
public final class Routes {

    /** What the handlers share with the server: its metrics, the pool for heavy work, the watchdog. */
    public record Shared(Metrics metrics, HeavyWork heavyWork, RequestWatchdog watchdog) {
    }

    private Routes() {
    }

    public static void install(RoutesConfig routes, Engine engine, ServerConfig config, ServerState state,
                               Shared shared, ObjectMapper json) {
        var limits = config.limits();
        var auth = new ApiKeyAuth(config.apiKey());
        var cors = new Cors(config.corsOrigins());
        var rateLimiter = new RateLimiter(limits);
        var search = new SearchHandler(engine, limits);
        var documents = new DocumentHandler(engine, new MetadataEditReader(json));
        var similar = new SimilarHandler(engine, limits, shared.heavyWork());
        var upload = new UploadHandler(engine, limits);
        var suggest = new SuggestHandler(engine, limits);
        var analyze = new AnalyzeHandler(engine, limits, json, shared.heavyWork());
        var check = new CheckHandler(engine, limits, json, shared.heavyWork());
        var vocabulary = new VocabularyHandler(engine, json);
        var status = new StatusHandler(engine, state, shared, config.apiKey().isPresent());
        var openApi = new OpenApiHandler();

        routes.before("/api/*", ctx -> {
            try {
                ctx.header("X-Content-Type-Options", "nosniff");
                cors.apply(ctx);
                if (!ctx.path().equals("/api/v1/health")) {
                    rateLimiter.apply(ctx);
                }
            } catch (Throwable refused) {
                ErrorMapping.answer(ctx, refused);
                ctx.skipRemainingHandlers();
            }
        });
        routes.options("/api/*", guarded(cors::preflight));

        routes.get("/api/v1/search", guarded(search::documents));
        routes.get("/api/v1/passages", guarded(search::passages));
        routes.get("/api/v1/passages/{id}/similar", guarded(similar::passages));
        routes.post("/api/v1/documents", guarded(auth.protect(upload::upload)));
        routes.get("/api/v1/documents/{id}", guarded(documents::get));
        routes.patch("/api/v1/documents/{id}", guarded(auth.protect(documents::patch)));
        routes.delete("/api/v1/documents/{id}", guarded(auth.protect(documents::delete)));
        routes.get("/api/v1/documents/{id}/original", guarded(documents::original));
        routes.get("/api/v1/documents/{id}/similar", guarded(similar::documents));
        routes.get("/api/v1/suggest", guarded(suggest::suggest));
        routes.post("/api/v1/check", guarded(check::check));
        routes.post("/api/v1/analyze", guarded(analyze::analyze));
        routes.get("/api/v1/dictionary", guarded(vocabulary::dictionary));
        routes.put("/api/v1/dictionary", guarded(auth.protect(vocabulary::replaceDictionary)));
        routes.get("/api/v1/synonyms", guarded(vocabulary::synonyms));
        routes.put("/api/v1/synonyms", guarded(auth.protect(vocabulary::replaceSynonyms)));
        routes.get("/api/v1/stats", guarded(status::stats));
        routes.get("/api/v1/health", guarded(status::health));
        routes.get("/api/v1/openapi.json", guarded(openApi::get));
        routes.get("/metrics", guarded(status::metrics));
    }

    private static Handler guarded(Handler handler) {
        return ErrorMapping.guarded(handler);
    }
}
