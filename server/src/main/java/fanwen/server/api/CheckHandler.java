package fanwen.server.api;

import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.engine.Engine;
import fanwen.model.CheckReport;
import fanwen.model.UnreadableFile;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;
import fanwen.server.json.CheckResponse;
import fanwen.server.work.HeavyWork;

/**
 * {@code POST /api/v1/check}: the duplicate check (查重) of a draft, sent as JSON {@code {"text":"…"}} or
 * as one multipart {@code file} part in any ingest format. Nothing is stored. 400 for a malformed body,
 * 413 for a draft over {@link CheckReport#MAX_DRAFT_CHARS} chars or an upload over the limit, 415 for an
 * unsupported file, 422 for a file whose text cannot be extracted (why and what to do, and the parser's words
 * as the detail), 503 when the pool for heavy work is full, the check did not finish within its time limit, or no
 * parser process came free or could be started. The check (and a file's extraction) runs on that pool.
 */
final class CheckHandler {

    /** When to try again after a 503: busy parser processes come free, failing starts are retried, within this. */
    private static final int BUSY_RETRY_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(CheckHandler.class);

    private final Engine engine;
    private final ServerLimits limits;
    private final ObjectMapper json;
    private final HeavyWork heavyWork;

    CheckHandler(Engine engine, ServerLimits limits, ObjectMapper json, HeavyWork heavyWork) {
        this.engine = engine;
        this.limits = limits;
        this.json = json;
        this.heavyWork = heavyWork;
    }

    void check(Context ctx) throws Exception {
        String draft = UploadParts.isMultipart(ctx) ? fromFile(ctx) : fromJson(ctx);
        if (draft.length() > CheckReport.MAX_DRAFT_CHARS) {
            throw ApiError.tooLarge("草稿过长: " + draft.length() + " 字符, 上限 " + CheckReport.MAX_DRAFT_CHARS
                    + " (draft too long)");
        }
        ctx.json(CheckResponse.of(heavyWork.run(() -> engine.check(draft))));
    }

    private String fromJson(Context ctx) {
        return TextBody.read(ctx, json, "{\"text\":\"…\"}, or multipart with one 'file' part").get("text").asText();
    }

    private String fromFile(Context ctx) throws Exception {
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
            return heavyWork.run(() -> engine.extractDraft(in, name, file.size()));
        } catch (UnreadableFile e) {
            LOG.warn("not checked: {} — {} [{}]", name, e.getMessage(), e.detail());
            if (e.tryLater()) {
                throw ApiError.busy(e.getMessage(), BUSY_RETRY_SECONDS);
            }
            throw new ApiError(422, "unprocessable_file", e.getMessage(), e.detail());
        }
    }
}
