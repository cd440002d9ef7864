package fanwen.server.api;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.model.Health;
import fanwen.model.LibraryStats;
import fanwen.model.Progress;
import fanwen.server.ServerState;
import fanwen.server.http.Metrics;
import fanwen.server.json.FacetJson;
import fanwen.server.json.HealthResponse;
import fanwen.server.json.StatsResponse;

/** {@code GET /api/v1/health}, {@code GET /api/v1/stats} and {@code GET /metrics} (Prometheus). */
final class StatusHandler {

    private final Engine engine;
    private final ServerState state;
    private final Routes.Shared shared;
    private final boolean writesNeedKey;

    StatusHandler(Engine engine, ServerState state, Routes.Shared shared, boolean writesNeedKey) {
        this.engine = engine;
        this.state = state;
        this.shared = shared;
        this.writesNeedKey = writesNeedKey;
    }

    void health(Context ctx) throws IOException {
        Health health = engine.health();
        boolean indexing = state.indexing();
        HealthResponse.Progress upgrading = health.rebuilding().map(StatusHandler::progress).orElse(null);
        String status = indexing ? "indexing" : upgrading != null ? "upgrading" : "ok";
        ctx.json(new HealthResponse(status, health.documents(), health.passages(),
                indexing ? new HealthResponse.Progress(state.filesDone(), state.filesTotal()) : null, upgrading,
                health.reanalysing().map(StatusHandler::progress).orElse(null), writesNeedKey));
    }

    private static HealthResponse.Progress progress(Progress progress) {
        return new HealthResponse.Progress(progress.done(), progress.total());
    }

    void stats(Context ctx) throws IOException {
        LibraryStats stats = engine.stats();
        ctx.json(new StatsResponse(stats.documents(), stats.passages(), stats.sizeOnDisk(),
                stats.lastCommit().map(Instant::toString).orElse(null), FacetJson.of(stats.facets())));
    }

    void metrics(Context ctx) throws IOException {
        LibraryStats stats = engine.stats();
        Map<String, Metrics.Gauge> gauges = new LinkedHashMap<>();
        gauges.put("fanwen_index_documents", new Metrics.Gauge("Documents in the index.", stats.documents()));
        gauges.put("fanwen_index_passages", new Metrics.Gauge("Passages in the index.", stats.passages()));
        gauges.put("fanwen_index_last_commit_timestamp_seconds", new Metrics.Gauge(
                "Unix time of the last index commit, 0 if none.",
                stats.lastCommit().map(Instant::toEpochMilli).orElse(0L) / 1000.0));
        gauges.put("fanwen_indexing", new Metrics.Gauge("1 while the bundled corpus is being indexed.",
                state.indexing() ? 1 : 0));
        gauges.put("fanwen_http_requests_in_flight", new Metrics.Gauge("Requests being answered now.",
                shared.watchdog().inFlight()));
        gauges.put("fanwen_http_requests_overdue", new Metrics.Gauge(
                "Requests that ran past their time limit since the start (each logged with its stack).",
                shared.watchdog().overdue()));
        gauges.put("fanwen_heavy_work_pending", new Metrics.Gauge(
                "Heavy work (check, analyze, similar) running or waiting now.", shared.heavyWork().pending()));
        gauges.put("fanwen_heavy_work_refused", new Metrics.Gauge(
                "Heavy work answered 503 since the start (pool full or out of time).", shared.heavyWork().refused()));
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(shared.metrics().render(gauges));
    }
}
