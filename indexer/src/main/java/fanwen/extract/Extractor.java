package fanwen.extract;

import fanwen.extract.wps.WpsFormats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Turns one file into its plain text: the only class the rest of the system calls for extraction.
 *
 * <p>Plain text ({@code .txt}, {@code .md}) is decoded by {@link TextDecoder}; everything else goes
 * through Apache Tika, after its detected media type has been checked against the document formats
 * ({@link #supportedExtensions()}, plus images when Chinese OCR is installed). PDF text is re-joined by
 * {@link PdfLineJoiner}; all text is cleaned by {@link TextCleaner}. Scanned PDFs and images are OCR'd by
 * Tesseract ({@code chi_sim+eng}) when it is installed. Markdown is read as the text it shows ({@link MarkdownText}).
 *
 * <p>Each file runs on a worker thread within {@link ExtractionLimits}: too large a file is refused before
 * parsing, too much text or too long a parse ends with an {@link ExtractionException}, never with a hang
 * or a crash. Every failure is an {@link ExtractionException} whose message tells the user why.
 *
 * <p>Build one instance per process (Tika takes about a second to start) and share it: it is
 * thread-safe. {@link #close()} stops its worker threads.
 */
public final class Extractor implements AutoCloseable {

    private final ExtractionLimits limits;
    private final boolean ocr;
    private final Parser parser;
    private final Detector detector;
    private final EncodingDetector encodingDetector;
    private final PDFParserConfig pdfConfig;
    private final TesseractOCRConfig tesseractConfig;
    private final TesseractOCRConfig noOcrConfig;
    private final OfficeParserConfig officeConfig;
    private final ExecutorService workers;
    private final AtomicInteger abandoned = new AtomicInteger();

    /** An extractor with the default limits, using OCR if Tesseract with chi_sim is installed. */
    public Extractor() {
        this(ExtractionLimits.defaults());
    }

    public Extractor(ExtractionLimits limits) {
        this(limits, TesseractProbe.chineseOcrAvailable(), null);
    }

    /**
     * @param ocr    whether to OCR scanned pages and images (callers pass what {@link TesseractProbe} says)
     * @param parser the parser to use instead of Tika's auto-detecting one (tests), or null
     */
    Extractor(ExtractionLimits limits, boolean ocr, Parser parser) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.limits = limits;
        this.ocr = ocr;
        this.parser = parser != null ? parser : new AutoDetectParser(tika);
        this.detector = tika.getDetector();
        this.encodingDetector = new WideningEncodingDetector(tika.getEncodingDetector());
        this.pdfConfig = new PDFParserConfig();
        pdfConfig.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        this.tesseractConfig = new TesseractOCRConfig();
        tesseractConfig.setLanguage("chi_sim+eng");
        tesseractConfig.setSkipOcr(!ocr);
        tesseractConfig.setPreserveInterwordSpacing(true);
        tesseractConfig.setTimeoutSeconds((int) Math.min(Integer.MAX_VALUE, limits.maxTimePerFile().toSeconds()));
        this.noOcrConfig = new TesseractOCRConfig();
        noOcrConfig.setSkipOcr(true);
        this.officeConfig = new OfficeParserConfig();
        // the streaming .docx reader: memory bounded by the longest text run, not by the whole document
        officeConfig.setUseSAXDocxExtractor(true);
        this.workers = Executors.newCachedThreadPool(daemonThreads());
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
        return withinTimeLimit(file, file.getFileName().toString());
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
            return withinTimeLimit(copy, fileName);
        } catch (IOException e) {
            throw ExtractionException.io(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
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

    /**
     * Runs the extraction on a worker and waits at most the time limit. A parse that overruns is abandoned
     * (interrupted); while {@link ExtractionLimits#maxAbandoned()} abandoned parses are still running — a parser
     * that ignores interrupts holds its thread and a core until it ends — new extractions are refused at once,
     * so that hostile files cannot pile up threads without bound.
     */
    private Extraction withinTimeLimit(Path file, String fileName) throws ExtractionException {
        int stuck = abandoned.get();
        if (stuck >= limits.maxAbandoned()) {
            throw ExtractionException.busy(stuck);
        }
        Attempt attempt = new Attempt();
        Future<Extraction> work = workers.submit(() -> {
            if (!attempt.started()) {
                throw ExtractionException.timeout(limits.maxTimePerFile()); // abandoned before it began
            }
            try {
                return extractNow(file, fileName);
            } finally {
                attempt.ended();
            }
        });
        try {
            return work.get(limits.maxTimePerFile().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            attempt.abandon();
            work.cancel(true);
            throw ExtractionException.timeout(limits.maxTimePerFile());
        } catch (ExecutionException e) {
            throw ParseFailures.classify(e.getCause(), limits);
        } catch (InterruptedException e) {
            attempt.abandon();
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw ExtractionException.io(e);
        }
    }

    /** The number of abandoned parses still running. */
    int abandonedParses() {
        return abandoned.get();
    }

    /**
     * One extraction's fate: it ends while awaited, or is abandoned — counted from then until it ends, or not
     * at all if it had not begun (a cancelled task that never starts never ends either).
     */
    private final class Attempt {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int ENDED = 2;
        private static final int ABANDONED_RUNNING = 3;
        private static final int ABANDONED_UNSTARTED = 4;
        private final AtomicInteger state = new AtomicInteger(WAITING);

        /** Marks the work begun; false if it was abandoned before it could begin. */
        boolean started() {
            return state.compareAndSet(WAITING, RUNNING);
        }

        void abandon() {
            while (true) {
                int now = state.get();
                if (now == RUNNING && state.compareAndSet(RUNNING, ABANDONED_RUNNING)) {
                    abandoned.incrementAndGet();
                    return;
                }
                if (now == WAITING && state.compareAndSet(WAITING, ABANDONED_UNSTARTED) || now >= ENDED) {
                    return;
                }
            }
        }

        void ended() {
            if (!state.compareAndSet(RUNNING, ENDED)) {
                abandoned.decrementAndGet(); // it was counted when abandoned while running
            }
        }
    }

    private Extraction extractNow(Path file, String fileName) throws ExtractionException {
        if (Formats.PLAIN_TEXT_EXTENSIONS.contains(FileNames.extension(fileName))) {
            return plainText(file, plainTextType(fileName));
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, metadata);
            if (Formats.isPlainText(type)) {
                return plainText(file, type.getBaseType().toString());
            }
            if (Formats.isImage(type) && !ocr) {
                throw ExtractionException.imageWithoutOcr(fileName, type.toString());
            }
            if (!Formats.isDocument(type) && !Formats.isImage(type)) {
                WpsFormats.Unreadable wps = WpsFormats.unreadable(fileName, type).orElse(null);
                if (wps != null) {
                    throw ExtractionException.unreadableVariant(wps.format(), wps.saveAs(), type.getBaseType().toString());
                }
                throw ExtractionException.unsupported(fileName, type.getBaseType().toString());
            }
            if (ZipBombGuard.isBomb(file, 10 * limits.maxFileBytes())) {
                throw ExtractionException.bomb(null);
            }
            return parsed(in, type, metadata);
        } catch (IOException e) {
            throw ExtractionException.io(e);
        }
    }

    private Extraction parsed(TikaInputStream in, MediaType detected, Metadata metadata) throws ExtractionException {
        WriteOutContentHandler text = new WriteOutContentHandler(limits.maxChars());
        try {
            parser.parse(in, new BodyContentHandler(new InterruptibleContentHandler(text)), metadata,
                    parseContext(detected));
        } catch (Exception | OutOfMemoryError e) {
            throw ParseFailures.classify(e, limits);
        }
        MediaType type = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).map(MediaType::parse).orElse(detected);
        boolean pdf = Formats.isPdf(type);
        boolean scanned = pdf || Formats.isImage(type);
        String cleaned = TextCleaner.clean(text.toString());
        String body = Formats.isPageLayout(type) ? TextCleaner.clean(PdfLineJoiner.join(cleaned)) : cleaned;
        if (body.isEmpty()) {
            throw !scanned ? ExtractionException.empty()
                    : ocr ? ExtractionException.noTextFound() : ExtractionException.noTextLayer();
        }
        if (GarbledText.isGarbled(body)) {
            throw ExtractionException.garbled();
        }
        Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        boolean ocrUsed = Formats.isImage(type) || ocrPages != null && ocrPages > 0;
        return new Extraction(body, type.getBaseType().toString(),
                Optional.ofNullable(metadata.get(Metadata.CONTENT_ENCODING)),
                FileProperties.title(metadata), FileProperties.created(metadata), ocrUsed);
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

    /**
     * OCR only for what is scanned at the top level, a PDF or an image: pictures inside a Word file (logos,
     * seals, photos) would cost seconds each and add noise, while the text of embedded documents is kept.
     */
    private ParseContext parseContext(MediaType type) {
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(TesseractOCRConfig.class, Formats.isPdf(type) || Formats.isImage(type) ? tesseractConfig : noOcrConfig);
        context.set(EncodingDetector.class, encodingDetector);
        context.set(OfficeParserConfig.class, officeConfig);
        return context;
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

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "fanwen-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
