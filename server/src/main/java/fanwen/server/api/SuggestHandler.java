package fanwen.server.api;

import java.io.IOException;

import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.server.ServerLimits;
import fanwen.server.json.SuggestResponse;

/** {@code GET /api/v1/suggest?q=}: completions from titles and keywords. */
final class SuggestHandler {

    private final Engine engine;
    private final ServerLimits limits;

    SuggestHandler(Engine engine, ServerLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    void suggest(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        ctx.json(new SuggestResponse(engine.suggest(q, limits.maxSuggestions()).stream()
                .map(s -> new SuggestResponse.Suggestion(s.text(), s.kind())).toList()));
    }
}
