package fanwen.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fanwen.model.ExtractionLimits;

/**
 * Turns one file into its plain text: the only class the rest of the system calls for extraction.
 *
 * <p>Plain text ({@code .txt}, {@code .md}) is decoded here by {@link TextDecoder}. Everything else is parsed
 * by Apache Tika in a parser process — a JVM of its own ({@link ParserPool}, {@link DocumentParser}) — after
 * its detected media type has been checked against the document formats ({@link #supportedExtensions()},
 * plus images when Chinese OCR is installed). PDF text is re-joined by {@link PdfLineJoiner}; all text is
 * cleaned by {@link TextCleaner}. Scanned PDFs, scanned OFDs and images are OCR'd by Tesseract
 * ({@code chi_sim+eng}) when it is installed. Markdown is read as the text it shows ({@link MarkdownText}).
 *
 * <p>Each file stays within {@link ExtractionLimits}: too large a file is refused before parsing, too much
 * text ends with an error, and a parse that overruns its time, exhausts its parser process's heap or crashes
 * it costs that process (a fresh one takes its place) and fails that file alone, never the caller's process.
 * A file that finds every parser process busy for a whole time limit fails as busy. Every failure is an
 * {@link ExtractionException} whose message tells the user why.
 *
 * <p>Plain text stays in this process: decoding it runs no parser that could hang or crash, and a trip
 * through a parser process made the extraction of 3,475 Markdown laws five times slower
 * ({@code bench/RESULTS.md}).
 *
 * <p>Build one instance per process and share it: it is thread-safe. Give it as many parser processes as
 * its callers have threads that extract; {@link #close()} kills them.
 */
public final class Extractor implements AutoCloseable {

    private final ExtractionLimits limits;
    private final boolean ocr;
    private final ParserPool parsers;

    /** An extractor with the default limits, a parser process per core, OCR if Tesseract with chi_sim is installed. */
    public Extractor() {
        this(ExtractionLimits.defaults());
    }

    public Extractor(ExtractionLimits limits) {
        this(limits, Runtime.getRuntime().availableProcessors());
    }

    /** @param parsers how many files may be parsed at once, each in its own parser process (started on first use) */
    public Extractor(ExtractionLimits limits, int parsers) {
        this(limits, parsers, TesseractProbe.chineseOcrAvailable());
    }

    /** @param ocr whether to OCR scanned pages and images (callers pass what {@link TesseractProbe} says) */
    Extractor(ExtractionLimits limits, int parsers, boolean ocr) {
        this.limits = limits;
        this.ocr = ocr;
        this.parsers = new ParserPool(limits, parsers);
    }

    /** The extensions a folder walk should pick up. */
    public static Set<String> supportedExtensions() {
        return Formats.DOCUMENT_EXTENSIONS;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Extracts the text of a file on disk; its name decides how plain text is recognised. */
    public Extraction extract(Path file) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ExtractionException.io(e);
        }
        checkSize(size);
        return extractChecked(file, file.getFileName().toString());
    }

    /**
     * Extracts the text of an uploaded file. The stream is copied to a temporary file first (at most the
     * size limit plus one byte, whatever {@code size} claims), which Tika needs for PDF and zip-based formats
     * anyway; the copy is deleted afterwards. The stream is not closed.
     *
     * @param fileName the name the file had on the user's machine, for its extension
     * @param size     the declared size in bytes, or -1 if unknown
     */
    public Extraction extract(InputStream in, String fileName, long size) throws ExtractionException {
        if (size >= 0) {
            checkSize(size);
        }
        Path copy = null;
        try {
            String ext = FileNames.extension(fileName);
            copy = Files.createTempFile("fanwen-upload-", ext.isEmpty() ? "" : "." + ext);
            long copied;
            try (OutputStream out = Files.newOutputStream(copy)) {
                copied = in.transferTo(new CappedOutputStream(out, limits.maxFileBytes()));
            } catch (CappedOutputStream.CapReached e) {
                throw ExtractionException.tooLarge(e.bytes(), limits.maxFileBytes());
            }
            checkSize(copied);
            return extractChecked(copy, fileName);
        } catch (IOException e) {
            throw ExtractionException.io(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    @Override
    public void close() {
        parsers.close();
    }

    /** Refuses an empty file or one over the size limit, before any work is spent on it. */
    public void checkSize(long size) throws ExtractionException {
        if (size == 0) {
            throw ExtractionException.empty();
        }
        if (size > limits.maxFileBytes()) {
            throw ExtractionException.tooLarge(size, limits.maxFileBytes());
        }
    }

    /** The ids of the parser processes running now. */
    List<Long> parserPids() {
        return parsers.pids();
    }

    private Extraction extractChecked(Path file, String fileName) throws ExtractionException {
        if (Formats.PLAIN_TEXT_EXTENSIONS.contains(FileNames.extension(fileName))) {
            return plainText(file, plainTextType(fileName));
        }
        return switch (parsers.parse(new ParseRequest(file.toAbsolutePath(), fileName, limits, ocr))) {
            case ParseAnswer.Parsed parsed -> parsed.extraction();
            case ParseAnswer.PlainText plain -> plainText(file, plain.mediaType());
        };
    }

    private Extraction plainText(Path file, String mediaType) throws ExtractionException {
        byte[] bytes;
        try {
            // no supported encoding spends more than 4 bytes on a char: refuse before holding copies in memory
            if (Files.size(file) > 4L * limits.maxChars()) {
                throw ExtractionException.tooManyChars(limits.maxChars());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ExtractionException.io(e);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.strict() && mostlyUndecodable(decoded.text())) {
            throw ExtractionException.undecodable();
        }
        if (decoded.text().length() > limits.maxChars()) {
            throw ExtractionException.tooManyChars(limits.maxChars());
        }
        String body = TextCleaner.clean(Formats.isMarkdown(mediaType) ? MarkdownText.visible(decoded.text())
                : decoded.text());
        if (body.isEmpty()) {
            throw ExtractionException.empty();
        }
        if (GarbledText.isGarbled(body)) {
            throw ExtractionException.garbled();
        }
        return new Extraction(body, mediaType, Optional.of(decoded.charset().name()),
                Optional.empty(), Optional.empty(), false);
    }

    /** More than one character in twenty undecodable: binary data, not text in an unknown charset. */
    private static boolean mostlyUndecodable(String text) {
        long bad = text.chars().filter(c -> c == '\uFFFD' || c == 0).count();
        return bad * 20 > text.length();
    }

    private static String plainTextType(String fileName) {
        String ext = FileNames.extension(fileName);
        return ext.equals("md") || ext.equals("markdown") ? "text/markdown" : "text/plain";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless; the system cleans its temp folder
            }
        }
    }
}
