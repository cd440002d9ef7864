package fanwen.server.api;

import java.io.IOException;

import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;
import fanwen.server.json.SimilarDocumentJson;
import fanwen.server.json.SimilarPassageJson;
import fanwen.server.json.SimilarResponse;

/** {@code GET /api/v1/documents/{id}/similar} and {@code GET /api/v1/passages/{id}/similar}. */
final class SimilarHandler {

    private final Engine engine;
    private final ServerLimits limits;

    SimilarHandler(Engine engine, ServerLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    void documents(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        var hits = engine.similar().similarDocuments(id, size(ctx))
                .orElseThrow(() -> DocumentHandler.noSuchDocument(id));
        ctx.json(new SimilarResponse<>(id, hits.stream().map(SimilarDocumentJson::of).toList()));
    }

    void passages(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        var hits = engine.similar().similarPassages(id, size(ctx))
                .orElseThrow(() -> ApiError.notFound("no passage with id '" + id + "'"));
        ctx.json(new SimilarResponse<>(id, hits.stream().map(SimilarPassageJson::of).toList()));
    }

    private int size(Context ctx) {
        int size = SearchParams.intParam(ctx, "size", 10);
        if (size < 1 || size > limits.maxSimilar()) {
            throw ApiError.badRequest("size must be within 1.." + limits.maxSimilar() + ", got " + size);
        }
        return size;
    }
}
