package fanwen.extract;

import java.io.Serial;
import java.time.Duration;
import java.util.Locale;

/**
 * Why a file yielded no text. The message is for the user, an office worker: in Chinese, what happened and
 * what to do about it, with the specifics (the size, the format, the limit). {@link #detail()} keeps the
 * library's own words (a parser's message, a detected media type) for whoever looks into a failure; it is
 * never part of the message. {@link #reason()} is for code, e.g. to count failures by kind.
 *
 * <p>A plain serializable exception: the reason and the detail are an enum and a string, so they survive
 * being sent to another process.
 */
public final class ExtractionException extends Exception {

    @Serial
    private static final long serialVersionUID = 2L;
    private static final int MAX_DETAIL_CHARS = 300;

    /** The kinds of failure a caller may want to tell apart. */
    public enum Reason {
        EMPTY, CORRUPT, UNSUPPORTED, ENCRYPTED, TOO_LARGE, TOO_MANY_CHARS, TIMEOUT, BUSY, NO_TEXT_LAYER, IO,
        /** The parser process died on this file (a native crash, killed from outside, an answer it garbled). */
        CRASHED,
        /** No parser process could be started (no java, no memory): a fault of the machine, not of the file. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final String detail;

    private ExtractionException(Reason reason, String message, String detail, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.detail = oneLine(detail);
    }

    public Reason reason() {
        return reason;
    }

    /** The library's own words on the failure, on one line; empty when there are none. */
    public String detail() {
        return detail;
    }

    static ExtractionException empty() {
        return new ExtractionException(Reason.EMPTY, "文件为空，没有可读取的文字。请确认选对了文件。", "", null);
    }

    static ExtractionException corrupt(String libraryMessage, Throwable t) {
        return new ExtractionException(Reason.CORRUPT,
                "文件已损坏或格式不正确，无法读取。请用原软件（如 Word、WPS）打开并重新保存后再试。", libraryMessage, t);
    }

    /** Plain text in none of the encodings {@link TextDecoder} reads, or no text at all. */
    static ExtractionException undecodable() {
        return new ExtractionException(Reason.CORRUPT,
                "文件的文字编码无法识别，或文件并不是文本。请用记事本等软件将其另存为 UTF-8 编码后再试。",
                "not UTF-8, UTF-16 with a byte-order mark, GB18030 or Big5", null);
    }

    /** Parsed, but into a stream of rare and undefined characters: not text, or text in an unknown encoding. */
    static ExtractionException garbled() {
        return new ExtractionException(Reason.CORRUPT, "读出的内容是乱码：文件可能已损坏、并不是文档，或用了无法识别的编码。"
                + "请用原软件打开检查，另存为 Word 文档或 UTF-8 文本后再试。", "", null);
    }

    /**
     * A file in a format that is not read.
     *
     * @param mediaType the type detected in its bytes, or empty when only its name was looked at
     */
    public static ExtractionException unsupported(String fileName, String mediaType) {
        return new ExtractionException(Reason.UNSUPPORTED, "不支持这种文件格式（" + extensionLabel(fileName)
                + "）。请另存为 Word、WPS、PDF 或文本文件等支持的格式后再试。", mediaType, null);
    }

    /**
     * A file of a supported kind in a variant that is not read, e.g. a .wps of WPS 2000 (issue 20).
     *
     * @param format what the file is, with its extension ({@code WPS 文字 2000 以前的旧格式（.wps）})
     * @param saveAs the extension to save it as instead ({@code .docx})
     */
    static ExtractionException unreadableVariant(String format, String saveAs, String mediaType) {
        return new ExtractionException(Reason.UNSUPPORTED, "这是" + format + "，无法读取。请用 WPS 或 Office 打开，另存为 "
                + saveAs + " 后再试。", mediaType, null);
    }

    static ExtractionException imageWithoutOcr(String fileName, String mediaType) {
        return new ExtractionException(Reason.UNSUPPORTED, "图片（" + extensionLabel(fileName)
                + "）中的文字需要 OCR 识别，但本机未安装 Tesseract 中文识别（chi_sim）。"
                + "请由管理员安装后再试，或改用含文字的 Word、PDF 文件。", mediaType, null);
    }

    static ExtractionException encrypted(Throwable t) {
        return new ExtractionException(Reason.ENCRYPTED,
                "文件已加密（设有密码），无法读取。请用原软件去掉密码、另存一份后再试。", messageOf(t), t);
    }

    static ExtractionException tooLarge(long bytes, long maxBytes) {
        return new ExtractionException(Reason.TOO_LARGE, "文件过大（" + megabytes(bytes) + "，上限 "
                + megabytes(maxBytes) + "）。请压缩文件中的图片，或将文件拆分成几份后再试。", "", null);
    }

    static ExtractionException bomb(Throwable t) {
        return new ExtractionException(Reason.TOO_LARGE, "文件解压后过大，疑似压缩炸弹（zip bomb），已拒绝读取。"
                + "请确认文件来源可靠，用原软件重新保存后再试。", t == null ? "" : messageOf(t), t);
    }

    static ExtractionException tooManyChars(int maxChars) {
        return new ExtractionException(Reason.TOO_MANY_CHARS, "文件的文字过多（超过 " + maxChars
                + " 字符的上限），未能读取。请将文件拆分成几份后再试。", "", null);
    }

    static ExtractionException timeout(Duration limit) {
        return new ExtractionException(Reason.TIMEOUT, "读取文件超时（超过 " + limit.toSeconds()
                + " 秒）：文件可能过于复杂或已损坏。请用原软件重新保存，或拆分成较小的文件后再试。", "", null);
    }

    /** Every parser process stayed busy with other files for a whole time limit. */
    static ExtractionException busy(int parsers, Duration waited) {
        return new ExtractionException(Reason.BUSY, "服务器正忙：全部解析进程都在处理其他文件。请稍后再试。",
                "all " + parsers + " parser processes busy for " + waited.toSeconds() + " s", null);
    }

    /** The parser process ran out of its heap on this file and exited. */
    static ExtractionException parserOutOfMemory(long heapBytes) {
        return new ExtractionException(Reason.TOO_LARGE, "文件过于复杂，读取时内存不足（上限 " + megabytes(heapBytes)
                + "）。请将文件拆分成几份，或另存为较简单的格式后再试。", "parser process out of memory", null);
    }

    /** @param how what became of the process, e.g. {@code 退出码 134} or {@code 被信号 9 终止} */
    static ExtractionException parserCrashed(String how) {
        return new ExtractionException(Reason.CRASHED, "读取此文件时解析程序意外终止，文件未能读取。请用原软件重新保存后再试；"
                + "若反复出现，请将文件交给管理员。", "parser process died: " + how, null);
    }

    static ExtractionException parserUnavailable(int attempts, String why) {
        return new ExtractionException(Reason.UNAVAILABLE, "服务器暂时无法读取文件（解析程序无法启动）。请稍后再试，"
                + "若持续出现，请通知管理员。", "parser process failed to start " + attempts + " times: " + why, null);
    }

    /**
     * A scanned document, and no OCR to read it.
     *
     * @param format the scan's format, {@code PDF} or {@code OFD}
     */
    static ExtractionException noTextLayer(String format) {
        return new ExtractionException(Reason.NO_TEXT_LAYER, "这是扫描件 " + format + "，没有文字层，而本机未安装 Tesseract "
                + "中文识别（chi_sim），无法读出文字。请由管理员安装后再试，或改用含文字的 " + format + "、Word 文件。", "", null);
    }

    static ExtractionException noTextFound() {
        return new ExtractionException(Reason.NO_TEXT_LAYER,
                "扫描件或图片经 OCR 识别后仍没有文字。请换用更清晰的扫描件，或含文字的 PDF、Word 文件后再试。", "", null);
    }

    static ExtractionException io(Throwable t) {
        return new ExtractionException(Reason.IO,
                "读取文件失败。请确认文件存在、没有被其他程序占用、并有权读取后再试。", messageOf(t), t);
    }

    /** A throwable's message, or its type when it has none. */
    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
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

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS - 3) + "...";
    }
}
