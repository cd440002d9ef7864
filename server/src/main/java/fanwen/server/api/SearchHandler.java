package fanwen.server.api;

import java.io.IOException;

import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.model.SearchQuery;
import fanwen.server.ServerLimits;
import fanwen.server.json.PassagesResponse;
import fanwen.server.json.SearchResponse;

/** {@code GET /api/v1/search} (documents) and {@code GET /api/v1/passages}. */
final class SearchHandler {

    private final Engine engine;
    private final ServerLimits limits;

    SearchHandler(Engine engine, ServerLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    void documents(Context ctx) throws IOException {
        SearchQuery query = SearchParams.parse(ctx, limits);
        ctx.json(SearchResponse.of(engine.searchDocuments(query), query.page(), query.size()));
    }

    void passages(Context ctx) throws IOException {
        SearchQuery query = SearchParams.parse(ctx, limits);
        ctx.json(PassagesResponse.of(engine.searchPassages(query), query.page(), query.size()));
    }
}
