package fanwen.server.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.javalin.http.Context;
import org.apache.lucene.document.Document;

import fanwen.engine.Engine;
import fanwen.index.Schema;
import fanwen.ingest.MetadataEdit;
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
        ctx.json(DocumentJson.of(engine.documents().find(id).orElseThrow(() -> noSuchDocument(id))));
    }

    void original(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Document doc = engine.index().findDocument(id).orElseThrow(() -> noSuchDocument(id));
        String hash = doc.get(Schema.ORIGINAL_HASH);
        Path file = engine.originals().find(hash == null ? "" : hash)
                .orElseThrow(() -> ApiError.notFound("the original file of document " + id + " is not stored"));
        String mediaType = doc.get(Schema.MEDIA_TYPE);
        ctx.contentType(mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType);
        ctx.header("Content-Disposition", ContentDisposition.attachment(doc.get(Schema.SOURCE)));
        // no Content-Length of our own: a text original is sent compressed to a client that accepts it, and a
        // length of the file would then promise more bytes than are sent (the client saw a cut-off file)
        ctx.result(Files.newInputStream(file));
    }

    void patch(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        MetadataEdit edit = edits.read(ctx.bodyAsBytes());
        if (!engine.editMetadata(id, edit)) {
            throw noSuchDocument(id);
        }
        ctx.json(DocumentJson.of(engine.documents().find(id).orElseThrow(() -> noSuchDocument(id))));
    }

    void delete(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!engine.delete(id)) {
            throw noSuchDocument(id);
        }
        ctx.json(new DeleteResponse(id, true));
    }

    static ApiError noSuchDocument(String id) {
        return ApiError.notFound("no document with id '" + id + "'");
    }
}
