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
        TextBody.requireAtMost(draft, CheckReport.MAX_DRAFT_CHARS);
        ctx.json(CheckResponse.of(heavyWork.run(() -> engine.check(draft))));
    }

    private String fromJson(Context ctx) {
        return TextBody.read(ctx, json, "{\"text\":\"…\"}，或以 multipart/form-data 发送一个 file 部分").get("text")
                .asText();
    }

    private String fromFile(Context ctx) throws Exception {
        List<UploadedFile> files = UploadParts.files(ctx, limits);
        if (files.size() != 1) {
            throw ApiError.badRequest("请只发送一个 file 部分（收到 " + files.size() + " 个）",
                    "send exactly one 'file' part to check (got " + files.size() + ")");
        }
        UploadedFile file = files.get(0);
        String name = UploadParts.safeName(file.filename());
        if (!UploadParts.supported(name)) {
            throw UploadParts.unsupported(List.of(name));
        }
        try (InputStream in = file.content()) {
            return heavyWork.run(() -> engine.extractDraft(in, name, file.size()));
        } catch (UnreadableFile e) {
            LOG.warn("not checked: {} — {} [{}]", name, e.getMessage(), e.detail());
            if (e.tryLater()) {
                throw ApiError.busy(e.getMessage(), e.detail(), BUSY_RETRY_SECONDS);
            }
            throw ApiError.unprocessableFile(e.getMessage(), e.detail());
        }
    }
}
