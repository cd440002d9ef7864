package fanwen.server.api;

import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.engine.Engine;
import fanwen.server.ServerLimits;
import fanwen.server.http.ApiError;

/** Reading the {@code file} parts of a multipart request: size limit, safe names, supported formats. */
final class UploadParts {

    private static final Logger LOG = LoggerFactory.getLogger(UploadParts.class);

    private UploadParts() {
    }

    /** Whether the request is multipart form data. */
    static boolean isMultipart(Context ctx) {
        String contentType = ctx.contentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The {@code file} parts; 413 when the request is over the upload limit, 400 when it is unreadable. */
    static List<UploadedFile> files(Context ctx, ServerLimits limits) {
        long length = ctx.req().getContentLengthLong();
        if (length > limits.maxUploadBytes()) {
            throw tooLarge(length, limits);
        }
        try {
            return ctx.uploadedFiles("file");
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                message += " " + String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            }
            if (message.contains("exceed") || message.contains("too large") || message.contains("max")) {
                throw tooLarge(-1, limits);
            }
            LOG.debug("unreadable multipart body", e);
            throw ApiError.badRequest("无法读取上传的表单数据（multipart/form-data）", "unreadable multipart body: "
                    + e.getMessage());
        }
    }

    private static ApiError tooLarge(long bytes, ServerLimits limits) {
        String size = bytes < 0 ? "the upload" : "the upload (" + bytes + " bytes)";
        return ApiError.tooLarge("上传内容超过大小上限（" + humanSize(limits.maxUploadBytes()) + "），请减少文件或分批上传",
                size + " is over the limit of " + limits.maxUploadBytes() + " bytes");
    }

    private static String humanSize(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : Math.max(1, bytes >> 10) + " KB";
    }

    /** 415 for files none of which is in a supported format, naming them and the formats that are. */
    static ApiError unsupported(List<String> names) {
        String supported = String.join(" ", Engine.supportedExtensions().stream().sorted().map(e -> "." + e).toList());
        return ApiError.unsupportedMediaType("不支持的文件格式：" + String.join("、", names) + "。可以上传的格式："
                + supported, "unsupported format: " + String.join(", ", names));
    }

    /** Whether a file of this name is in a format the extractor reads. */
    static boolean supported(String fileName) {
        return Engine.supports(safeName(fileName));
    }

    /** The last segment of the name the client sent, without control characters; never empty. */
    static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
