package fanwen.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.engine.Engine;
import fanwen.model.DeclaredMetadata;
import fanwen.model.IngestResult;
import fanwen.model.NearDuplicate;
import fanwen.model.SourceFile;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;
import fanwen.server.json.UploadResponse;
import fanwen.server.json.UploadResultJson;

/**
 * {@code POST /api/v1/documents}: multipart, one or more {@code file} parts, optional {@code type},
 * {@code unit} and {@code tags} fields declared for all of them. Each file is written under
 * {@code DATA/uploads/}, ingested, and the index is committed <em>before</em> the answer, so an
 * acknowledged upload survives a crash. Answers 201 when at least one file was indexed, else 200; 415 when
 * no file has a supported format; 413 when the request is over the size limit. Files are taken one after the
 * other while the upload's time budget lasts ({@link ServerLimits.TimeLimits#upload()}); those left when it runs
 * out are answered failed, so that an upload is never held for longer than that and one file's extraction.
 */
final class UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);

    private final Engine engine;
    private final ServerLimits limits;

    UploadHandler(Engine engine, ServerLimits limits) {
        this.engine = engine;
        this.limits = limits;
    }

    void upload(Context ctx) throws IOException {
        if (!UploadParts.isMultipart(ctx)) {
            throw ApiError.unsupportedMediaType("请以 multipart/form-data 上传文件（一个或多个 file 部分）",
                    "send files as multipart/form-data, one or more 'file' parts; got Content-Type " + ctx.contentType());
        }
        List<UploadedFile> files = UploadParts.files(ctx, limits);
        if (files.isEmpty()) {
            throw ApiError.badRequest("上传内容中没有 file 部分", "no 'file' part in the upload");
        }
        if (files.size() > limits.maxFilesPerUpload()) {
            throw ApiError.badRequest("一次最多上传 " + limits.maxFilesPerUpload() + " 个文件（收到 " + files.size()
                    + " 个），请分批上传", "too many files: " + files.size() + " > " + limits.maxFilesPerUpload()
                    + " per upload");
        }
        DeclaredMetadata declared = declared(ctx);
        if (files.stream().noneMatch(f -> UploadParts.supported(f.filename()))) {
            throw UploadParts.unsupported(files.stream().map(f -> UploadParts.safeName(f.filename())).toList());
        }
        Path batch = Files.createTempDirectory(Files.createDirectories(engine.folder().uploads()), "upload-");
        try {
            List<UploadResultJson> results = ingest(files, declared, batch);
            boolean anyIndexed = results.stream().anyMatch(r -> r.status().equals("indexed"));
            ctx.status(anyIndexed ? 201 : 200).json(new UploadResponse(results));
        } finally {
            deleteTree(batch);
        }
    }

    private List<UploadResultJson> ingest(List<UploadedFile> files, DeclaredMetadata declared, Path batch)
            throws IOException {
        List<IngestResult> ingested = new ArrayList<>();
        List<UploadResultJson> refused = new ArrayList<>();
        long deadline = System.nanoTime() + limits.time().upload().toNanos();
        for (int i = 0; i < files.size(); i++) {
            UploadedFile file = files.get(i);
            String name = UploadParts.safeName(file.filename());
            if (!UploadParts.supported(name)) {
                refused.add(new UploadResultJson(name, "failed", null, null, null,
                        Engine.unsupportedFormat(name), null));
                ingested.add(null);
                continue;
            }
            if (System.nanoTime() > deadline) {
                refused.add(new UploadResultJson(name, "failed", null, null, null, "本次上传的处理时间已用完（"
                        + limits.time().upload().toMinutes() + " 分钟），此文件未处理，请单独再上传一次", null));
                ingested.add(null);
                continue;
            }
            // one folder per part: two parts may carry the same name; the name itself feeds title inference
            Path target = Files.createDirectory(batch.resolve(Integer.toString(i))).resolve(name);
            try (InputStream in = file.content(); OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
            ingested.add(engine.ingestOne(SourceFile.upload(target, name, declared)));
        }
        engine.commit(); // before answering: an acknowledged upload must survive a crash
        List<UploadResultJson> results = new ArrayList<>(files.size());
        int nextRefused = 0;
        for (IngestResult result : ingested) {
            results.add(result == null ? refused.get(nextRefused++) : toJson(result));
        }
        return results;
    }

    private UploadResultJson toJson(IngestResult r) throws IOException {
        return switch (r.status()) {
            case INDEXED -> new UploadResultJson(r.source(), "indexed", r.id().orElse(null), null,
                    nearDuplicateOf(r.id().orElseThrow()).orElse(null), null, null);
            case UNCHANGED -> new UploadResultJson(r.source(), "duplicate", r.id().orElse(null), r.id().orElse(null),
                    null, null, null);
            case DUPLICATE -> new UploadResultJson(r.source(), "duplicate", r.duplicateOf().orElse(null),
                    r.duplicateOf().orElse(null), null, null, null);
            case FAILED -> new UploadResultJson(r.source(), "failed", null, null, null, r.error().orElse("failed"),
                    r.detail().orElse(null));
        };
    }

    private Optional<String> nearDuplicateOf(String id) throws IOException {
        return engine.nearDuplicates(id).flatMap(found -> found.stream().map(NearDuplicate::id).findFirst());
    }

    private DeclaredMetadata declared(Context ctx) {
        Optional<String> type = Optional.ofNullable(ctx.formParam("type")).map(String::strip).filter(t -> !t.isEmpty());
        type.ifPresent(MetadataEditReader::requireKnownType);
        return new DeclaredMetadata(Optional.empty(), type, Optional.empty(), Optional.empty(),
                split(ctx.formParams("unit")), split(ctx.formParams("tags")));
    }

    private static List<String> split(List<String> values) {
        return values.stream().flatMap(v -> Stream.of(v.split("[,，、]"))).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove upload folder {}: {}", root, e.getMessage());
        }
    }
}
