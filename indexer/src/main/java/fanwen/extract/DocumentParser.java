package fanwen.extract;

import java.io.IOException;
import java.util.Optional;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.Property;
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

import fanwen.extract.ofd.OfdParser;
import fanwen.extract.wps.WpsFormats;
import fanwen.model.ExtractionLimits;

/**
 * Reads one file with Apache Tika, inside a parser process ({@link ParserChild}): detects its media type,
 * refuses what is no document ({@link Formats}; images unless OCR is on) and zip bombs, parses within the
 * character limit, re-joins PDF lines ({@link PdfLineJoiner}) and cleans the text ({@link TextCleaner}).
 * Scanned PDFs, scanned OFDs and images are OCR'd by Tesseract ({@code chi_sim+eng}) when the request says so. A file
 * detected as plain text is not decoded here but answered as {@link ParseAnswer.PlainText}: decoding text is
 * the parent's ({@link Extractor}).
 *
 * <p>It neither limits time nor memory: the parent kills the process for that. One instance per process
 * (Tika takes about a second to start), used by one thread.
 */
final class DocumentParser {

    private final Parser parser;
    private final Detector detector;
    private final EncodingDetector encodingDetector;
    private final OfficeParserConfig officeConfig;

    DocumentParser() {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(tika);
        this.detector = tika.getDetector();
        this.encodingDetector = new WideningEncodingDetector(tika.getEncodingDetector());
        this.officeConfig = new OfficeParserConfig();
        // the streaming .docx reader: memory bounded by the longest text run, not by the whole document
        officeConfig.setUseSAXDocxExtractor(true);
    }

    ParseAnswer parse(ParseRequest request) throws ExtractionException {
        String fileName = request.fileName();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(request.file())) {
            MediaType type = detector.detect(in, metadata);
            if (Formats.isPlainText(type)) {
                return new ParseAnswer.PlainText(type.getBaseType().toString());
            }
            if (Formats.isImage(type) && !request.ocr()) {
                throw ExtractionException.imageWithoutOcr(fileName, type.toString());
            }
            if (!Formats.isDocument(type) && !Formats.isImage(type)) {
                Optional<WpsFormats.Unreadable> wps = WpsFormats.unreadable(fileName, type);
                if (wps.isPresent()) {
                    throw ExtractionException.unreadableVariant(wps.get().format(), wps.get().saveAs(),
                            type.getBaseType().toString());
                }
                throw ExtractionException.unsupported(fileName, type.getBaseType().toString());
            }
            if (ZipBombGuard.isBomb(request.file(), 10 * request.limits().maxFileBytes())) {
                throw ExtractionException.bomb(null);
            }
            return new ParseAnswer.Parsed(parsed(in, type, metadata, request));
        } catch (IOException e) {
            throw ExtractionException.io(e);
        }
    }

    private Extraction parsed(TikaInputStream in, MediaType detected, Metadata metadata, ParseRequest request)
            throws ExtractionException {
        ExtractionLimits limits = request.limits();
        WriteOutContentHandler text = new WriteOutContentHandler(limits.maxChars());
        try {
            parser.parse(in, new BodyContentHandler(text), metadata, parseContext(detected, request));
        } catch (Exception | OutOfMemoryError e) {
            throw ParseFailures.classify(e, limits);
        }
        MediaType type = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).map(MediaType::parse).orElse(detected);
        boolean scanned = Formats.isPageLayout(type) || Formats.isImage(type);
        String cleaned = TextCleaner.clean(text.toString());
        String body = Formats.isPageLayout(type) ? TextCleaner.clean(PdfLineJoiner.join(cleaned)) : cleaned;
        if (body.isEmpty()) {
            throw !scanned ? ExtractionException.empty()
                    : request.ocr() ? ExtractionException.noTextFound()
                    : ExtractionException.noTextLayer(Formats.isOfd(type) ? "OFD" : "PDF");
        }
        if (GarbledText.isGarbled(body)) {
            throw ExtractionException.garbled();
        }
        boolean ocrUsed = Formats.isImage(type) || ocrPages(metadata, PDF.OCR_PAGE_COUNT) > 0
                || ocrPages(metadata, OfdParser.OCR_PAGE_COUNT) > 0;
        return new Extraction(body, type.getBaseType().toString(),
                Optional.ofNullable(metadata.get(Metadata.CONTENT_ENCODING)),
                FileProperties.title(metadata), FileProperties.created(metadata), ocrUsed);
    }

    private static int ocrPages(Metadata metadata, Property count) {
        return Optional.ofNullable(metadata.getInt(count)).orElse(0);
    }

    /**
     * OCR only for what is scanned at the top level, a PDF, an OFD or an image: pictures inside a Word file (logos,
     * seals, photos) would cost seconds each and add noise, while the text of embedded documents is kept.
     */
    private ParseContext parseContext(MediaType type, ParseRequest request) {
        boolean ocr = request.ocr() && (Formats.isPageLayout(type) || Formats.isImage(type));
        PDFParserConfig pdfConfig = new PDFParserConfig();
        pdfConfig.setOcrStrategy(request.ocr() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        TesseractOCRConfig tesseractConfig = new TesseractOCRConfig();
        tesseractConfig.setSkipOcr(!ocr);
        if (ocr) {
            tesseractConfig.setLanguage("chi_sim+eng");
            tesseractConfig.setPreserveInterwordSpacing(true);
            tesseractConfig.setTimeoutSeconds(
                    Math.clamp(request.limits().maxTimePerFile().toSeconds(), 1, Integer.MAX_VALUE));
        }
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(TesseractOCRConfig.class, tesseractConfig);
        context.set(EncodingDetector.class, encodingDetector);
        context.set(OfficeParserConfig.class, officeConfig);
        return context;
    }
}
