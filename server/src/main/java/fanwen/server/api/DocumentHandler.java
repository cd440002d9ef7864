package fanwen.server.api;

import java.io.IOException;

import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.model.MetadataEdit;
import fanwen.model.Original;
import fanwen.server.http.ApiError;
import fanwen.server.json.DeleteResponse;
import fanwen.server.json.DocumentJson;

/**
 * One document: {@code GET /api/v1/documents/{id}} (detail), {@code GET …/{id}/original} (the stored file),
 * {@code PATCH …/{id}} (metadata edit), {@code DELETE …/{id}}.
 */
final class DocumentHandler {

    private final Engine engine;
    private final MetadataEditReader edits;

    DocumentHandler(Engine engine, MetadataEditReader edits) {
        this.engine = engine;
        this.edits = edits;
    }

    void get(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ctx.json(DocumentJson.of(engine.document(id).orElseThrow(() -> noSuchDocument(id))));
    }

    void original(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (engine.document(id).isEmpty()) {
            throw noSuchDocument(id);
        }
        Original original = engine.original(id)
                .orElseThrow(() -> ApiError.notFound("文档 '" + id + "' 的原始文件没有保存",
                        "the original file of document " + id + " is not stored"));
        ctx.contentType(original.mediaType());
        ctx.header("Content-Disposition", ContentDisposition.attachment(original.fileName()));
        // no Content-Length of our own: a text original is sent compressed to a client that accepts it, and a
        // length of the file would then promise more bytes than are sent (the client saw a cut-off file)
        ctx.result(original.content().open());
    }

    void patch(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        MetadataEdit edit = edits.read(ctx.bodyAsBytes());
        if (!engine.editMetadata(id, edit)) {
            throw noSuchDocument(id);
        }
        ctx.json(DocumentJson.of(engine.document(id).orElseThrow(() -> noSuchDocument(id))));
    }

    void delete(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!engine.delete(id)) {
            throw noSuchDocument(id);
        }
        ctx.json(new DeleteResponse(id, true));
    }

    static ApiError noSuchDocument(String id) {
        return ApiError.notFound("找不到文档 '" + id + "'", "no document with id '" + id + "'");
    }
}
