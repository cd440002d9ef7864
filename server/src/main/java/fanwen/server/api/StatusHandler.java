package fanwen.server.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.index.FanwenIndex;
import fanwen.search.SearchRequest;
import fanwen.server.ServerState;
import fanwen.server.http.Metrics;
import fanwen.server.json.FacetJson;
import fanwen.server.json.HealthResponse;
import fanwen.server.json.StatsResponse;

/** {@code GET /api/v1/health}, {@code GET /api/v1/stats} and {@code GET /metrics} (Prometheus). */
final class StatusHandler {

    private final Engine engine;
    private final ServerState state;
    private final Metrics metrics;
    private final boolean writesNeedKey;

    StatusHandler(Engine engine, ServerState state, Metrics metrics, boolean writesNeedKey) {
        this.engine = engine;
        this.state = state;
        this.metrics = metrics;
        this.writesNeedKey = writesNeedKey;
    }

    void health(Context ctx) throws IOException {
        FanwenIndex.IndexCounts counts = engine.index().counts();
        boolean indexing = state.indexing();
        ctx.json(new HealthResponse(indexing ? "indexing" : "ok", counts.documents(), counts.passages(),
                indexing ? new HealthResponse.Progress(state.filesDone(), state.filesTotal()) : null, writesNeedKey));
    }

    void stats(Context ctx) throws IOException {
        FanwenIndex.IndexCounts counts = engine.index().counts();
        long lastCommit = lastCommitMillis();
        var facets = engine.searcher().facets(SearchRequest.of(""));
        ctx.json(new StatsResponse(counts.documents(), counts.passages(), engine.index().sizeOnDisk(),
                lastCommit == 0 ? null : Instant.ofEpochMilli(lastCommit).toString(), FacetJson.of(facets)));
    }

    /** This process's last commit, or else the time the newest commit point of the index was written. */
    private long lastCommitMillis() throws IOException {
        long ours = engine.index().lastCommitMillis();
        if (ours > 0 || !Files.isDirectory(engine.folder().index())) {
            return ours;
        }
        try (Stream<Path> files = Files.list(engine.folder().index())) {
            return files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        }
    }

    void metrics(Context ctx) throws IOException {
        FanwenIndex.IndexCounts counts = engine.index().counts();
        Map<String, Metrics.Gauge> gauges = new LinkedHashMap<>();
        gauges.put("fanwen_index_documents", new Metrics.Gauge("Documents in the index.", counts.documents()));
        gauges.put("fanwen_index_passages", new Metrics.Gauge("Passages in the index.", counts.passages()));
        gauges.put("fanwen_index_last_commit_timestamp_seconds", new Metrics.Gauge(
                "Unix time of the last index commit, 0 if none.",
                lastCommitMillis() / 1000.0));
        gauges.put("fanwen_indexing", new Metrics.Gauge("1 while the bundled corpus is being indexed.",
                state.indexing() ? 1 : 0));
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render(gauges));
    }
}
