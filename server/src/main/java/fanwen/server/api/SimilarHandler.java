package fanwen.server.api;

import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;
import fanwen.server.json.SimilarDocumentJson;
import fanwen.server.json.SimilarPassageJson;
import fanwen.server.json.SimilarResponse;
import fanwen.server.work.HeavyWork;

/**
 * {@code GET /api/v1/documents/{id}/similar} and {@code GET /api/v1/passages/{id}/similar}, computed on the pool
 * for heavy work.
 */
final class SimilarHandler {

    private final Engine engine;
    private final ServerLimits limits;
    private final HeavyWork heavyWork;

    SimilarHandler(Engine engine, ServerLimits limits, HeavyWork heavyWork) {
        this.engine = engine;
        this.limits = limits;
        this.heavyWork = heavyWork;
    }

    void documents(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        int size = size(ctx);
        var hits = heavyWork.run(() -> engine.similarDocuments(id, size))
                .orElseThrow(() -> DocumentHandler.noSuchDocument(id));
        ctx.json(new SimilarResponse<>(id, hits.stream().map(SimilarDocumentJson::of).toList()));
    }

    void passages(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        int size = size(ctx);
        var hits = heavyWork.run(() -> engine.similarPassages(id, size))
                .orElseThrow(() -> ApiError.notFound("找不到段落 '" + id + "'", "no passage with id '" + id + "'"));
        ctx.json(new SimilarResponse<>(id, hits.stream().map(SimilarPassageJson::of).toList()));
    }

    private int size(Context ctx) {
        int size = SearchParams.intParam(ctx, "size", 10);
        if (size < 1 || size > limits.maxSimilar()) {
            throw ApiError.badRequest("条数 size 应在 1 到 " + limits.maxSimilar() + " 之间，收到 " + size,
                    "size must be within 1.." + limits.maxSimilar() + ", got " + size);
        }
        return size;
    }
}
