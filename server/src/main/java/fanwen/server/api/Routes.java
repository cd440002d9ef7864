package fanwen.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;

import fanwen.engine.Engine;
import fanwen.server.ServerConfig;
import fanwen.server.ServerState;
import fanwen.server.http.ApiKeyAuth;
import fanwen.server.http.Cors;
import fanwen.server.http.Metrics;
import fanwen.server.http.RateLimiter;

/** Every route of the API v1 in one place: the path, the guard, the handler. */
public final class Routes {

    private Routes() {
    }

    public static void install(RoutesConfig routes, Engine engine, ServerConfig config, ServerState state,
                               Metrics metrics, ObjectMapper json) {
        var limits = config.limits();
        var auth = new ApiKeyAuth(config.apiKey());
        var cors = new Cors(config.corsOrigins());
        var rateLimiter = new RateLimiter(limits);
        var search = new SearchHandler(engine, limits);
        var documents = new DocumentHandler(engine, new MetadataEditReader(json));
        var similar = new SimilarHandler(engine, limits);
        var upload = new UploadHandler(engine, limits);
        var suggest = new SuggestHandler(engine, limits);
        var analyze = new AnalyzeHandler(engine, limits, json);
        var check = new CheckHandler(engine, limits, json);
        var status = new StatusHandler(engine, state, metrics, config.apiKey().isPresent());
        var openApi = new OpenApiHandler();

        routes.before("/api/*", ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            cors.apply(ctx);
            if (!ctx.path().equals("/api/v1/health")) {
                rateLimiter.apply(ctx);
            }
        });
        routes.options("/api/*", cors::preflight);

        routes.get("/api/v1/search", search::documents);
        routes.get("/api/v1/passages", search::passages);
        routes.get("/api/v1/passages/{id}/similar", similar::passages);
        routes.post("/api/v1/documents", auth.protect(upload::upload));
        routes.get("/api/v1/documents/{id}", documents::get);
        routes.patch("/api/v1/documents/{id}", auth.protect(documents::patch));
        routes.delete("/api/v1/documents/{id}", auth.protect(documents::delete));
        routes.get("/api/v1/documents/{id}/original", documents::original);
        routes.get("/api/v1/documents/{id}/similar", similar::documents);
        routes.get("/api/v1/suggest", suggest::suggest);
        routes.post("/api/v1/check", check::check);
        routes.post("/api/v1/analyze", analyze::analyze);
        routes.get("/api/v1/stats", status::stats);
        routes.get("/api/v1/health", status::health);
        routes.get("/api/v1/openapi.json", openApi::get);
        routes.get("/metrics", status::metrics);
    }
}
