package fanwen.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import fanwen.check.DraftChecker;
import fanwen.engine.Engine;
import fanwen.extract.ExtractionException;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;
import fanwen.server.json.CheckResponse;

/**
 * {@code POST /api/v1/check}: the duplicate check (查重) of a draft, sent as JSON {@code {"text":"…"}} or
 * as one multipart {@code file} part in any ingest format. Nothing is stored. 400 for a malformed body,
 * 413 for a draft over {@link DraftChecker#MAX_CHARS} chars or an upload over the limit, 415 for an
 * unsupported file, 422 for a file whose text cannot be extracted (with the reason), 503 when no parser
 * process came free within the extraction time limit or none can be started.
 */
final class CheckHandler {

    /** When to try again after a 503: busy parser processes come free, failing starts are retried, within this. */
    private static final int BUSY_RETRY_SECONDS = 30;

    private final Engine engine;
    private final ServerLimits limits;
    private final ObjectMapper json;

    CheckHandler(Engine engine, ServerLimits limits, ObjectMapper json) {
        this.engine = engine;
        this.limits = limits;
        this.json = json;
    }

    void check(Context ctx) throws IOException {
        String draft = UploadParts.isMultipart(ctx) ? fromFile(ctx) : fromJson(ctx);
        if (draft.length() > DraftChecker.MAX_CHARS) {
            throw ApiError.tooLarge("草稿过长: " + draft.length() + " 字符, 上限 " + DraftChecker.MAX_CHARS
                    + " (draft too long)");
        }
        ctx.json(CheckResponse.of(engine.check(draft)));
    }

    private String fromJson(Context ctx) {
        return TextBody.read(ctx, json, "{\"text\":\"…\"}, or multipart with one 'file' part").get("text").asText();
    }

    private String fromFile(Context ctx) throws IOException {
        List<UploadedFile> files = UploadParts.files(ctx, limits);
        if (files.size() != 1) {
            throw ApiError.badRequest("send exactly one 'file' part to check (got " + files.size() + ")");
        }
        UploadedFile file = files.get(0);
        String name = UploadParts.safeName(file.filename());
        if (!UploadParts.supported(name)) {
            throw ApiError.unsupportedMediaType("不支持的文件格式 unsupported format: " + name);
        }
        try (InputStream in = file.content()) {
            return engine.extractDraft(in, name, file.size());
        } catch (ExtractionException e) {
            if (e.reason() == ExtractionException.Reason.BUSY || e.reason() == ExtractionException.Reason.UNAVAILABLE) {
                ctx.header("Retry-After", String.valueOf(BUSY_RETRY_SECONDS));
                throw new ApiError(503, "busy", e.getMessage());
            }
            throw new ApiError(422, "unprocessable_file", e.getMessage());
        }
    }
}
