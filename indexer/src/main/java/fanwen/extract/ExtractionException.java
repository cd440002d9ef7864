package fanwen.extract;

import java.time.Duration;
import java.util.Locale;

/**
 * Why a file yielded no text. The message is meant for the user (in Chinese, with the specifics: the
 * size, the format, the limit); {@link #reason()} is meant for code, e.g. to count failures by kind.
 */
public final class ExtractionException extends Exception {

    /** The kinds of failure a caller may want to tell apart. */
    public enum Reason {
        EMPTY, CORRUPT, UNSUPPORTED, ENCRYPTED, TOO_LARGE, TOO_MANY_CHARS, TIMEOUT, BUSY, NO_TEXT_LAYER, IO,
        /** The parser process died on this file (a native crash, killed from outside, an answer it garbled). */
        CRASHED,
        /** No parser process could be started (no java, no memory): a fault of the machine, not of the file. */
        UNAVAILABLE
    }

    private final Reason reason;

    private ExtractionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static ExtractionException empty() {
        return new ExtractionException(Reason.EMPTY, "文件为空", null);
    }

    static ExtractionException corrupt(String cause, Throwable t) {
        return new ExtractionException(Reason.CORRUPT, "文件已损坏或格式不正确: " + shorten(cause), t);
    }

    /** Parsed, but into a stream of rare and undefined characters: not text, or text in an unknown encoding. */
    static ExtractionException garbled() {
        return new ExtractionException(Reason.CORRUPT,
                "内容无法识别为文字（乱码）：文件不是文本、已损坏，或其编码无法识别", null);
    }

    static ExtractionException unsupported(String fileName, String mediaType) {
        return new ExtractionException(Reason.UNSUPPORTED,
                "不支持的文件格式: " + extensionLabel(fileName) + " (" + mediaType + ")", null);
    }

    static ExtractionException imageWithoutOcr(String fileName, String mediaType) {
        return new ExtractionException(Reason.UNSUPPORTED, "不支持的文件格式: " + extensionLabel(fileName) + " ("
                + mediaType + ")：图片需要 OCR，但未安装 tesseract 中文 OCR (chi_sim)", null);
    }

    static ExtractionException encrypted(Throwable t) {
        return new ExtractionException(Reason.ENCRYPTED, "文件已加密，无法读取", t);
    }

    static ExtractionException tooLarge(long bytes, long maxBytes) {
        return new ExtractionException(Reason.TOO_LARGE,
                "文件过大: " + megabytes(bytes) + " > " + megabytes(maxBytes), null);
    }

    static ExtractionException bomb(Throwable t) {
        return new ExtractionException(Reason.TOO_LARGE, "文件解压后过大，疑似压缩炸弹 (zip bomb)", t);
    }

    static ExtractionException tooManyChars(int maxChars) {
        return new ExtractionException(Reason.TOO_MANY_CHARS, "提取文本过长: > " + maxChars + " 字符", null);
    }

    static ExtractionException timeout(Duration limit) {
        return new ExtractionException(Reason.TIMEOUT, "提取超时: > " + limit.toSeconds() + " s", null);
    }

    /** Every parser process stayed busy with other files for a whole time limit. */
    static ExtractionException busy(int parsers, Duration waited) {
        return new ExtractionException(Reason.BUSY, "服务器正忙：全部 " + parsers + " 个解析进程已连续 "
                + waited.toSeconds() + " s 在处理其他文件，请稍后再试 (all parser processes busy)", null);
    }

    /** The parser process ran out of its heap on this file and exited. */
    static ExtractionException parserOutOfMemory(long heapBytes) {
        return new ExtractionException(Reason.TOO_LARGE, "文件过于复杂，解析时内存不足（解析进程上限 "
                + megabytes(heapBytes) + "） (parser out of memory)", null);
    }

    /** @param how what became of the process, e.g. {@code 退出码 134} or {@code 被信号 9 终止} */
    static ExtractionException parserCrashed(String how) {
        return new ExtractionException(Reason.CRASHED,
                "解析进程意外终止（" + how + "），此文件未能读取 (parser process died)", null);
    }

    static ExtractionException parserUnavailable(int attempts, String why) {
        return new ExtractionException(Reason.UNAVAILABLE, "无法启动解析进程（连续 " + attempts + " 次失败）: "
                + shorten(why) + " (parser process cannot start)", null);
    }

    static ExtractionException noTextLayer() {
        return new ExtractionException(Reason.NO_TEXT_LAYER,
                "PDF 没有文本层（扫描件），且未安装 tesseract 中文 OCR (chi_sim)", null);
    }

    static ExtractionException noTextFound() {
        return new ExtractionException(Reason.NO_TEXT_LAYER, "未识别出文字（扫描件或图片经 OCR 后仍无文本）", null);
    }

    static ExtractionException io(Throwable t) {
        return new ExtractionException(Reason.IO, "读取文件失败: " + shorten(String.valueOf(t.getMessage())), t);
    }

    /** {@code .xyz}, or the whole name when it has no extension. */
    private static String extensionLabel(String fileName) {
        String ext = FileNames.extension(fileName);
        return ext.isEmpty() ? fileName : "." + ext;
    }

    /** {@code 210 MB}, {@code 1.5 MB}, or {@code 98 KB} below a megabyte. */
    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb < 1) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return mb >= 10 || mb == Math.rint(mb) ? Math.round(mb) + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static String shorten(String cause) {
        String oneLine = cause.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
