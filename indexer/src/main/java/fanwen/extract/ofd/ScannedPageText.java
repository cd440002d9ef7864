package fanwen.extract.ofd;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.ofdrw.reader.OFDReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The text of an OFD page that is only images, a scan: each image the page draws ({@link PageImages}) is unpacked
 * ({@link OfdPackage#part}, inside the package and its limits) and handed to the parse context's parser as an
 * embedded image through Tika's {@link EmbeddedDocumentExtractor}, so that OCR reads it as it reads a scanned PDF's
 * pages — with the context's {@link TesseractOCRConfig} (language, time-out) — and its text goes into the page.
 * Only a page without any text is asked for: the images of a page with text are seals, logos and photos. When the
 * context's Tesseract configuration says to skip OCR, no image is even unpacked. Images are handed over as they
 * are: one Tesseract cannot read (JBIG2, which black-and-white scanners also write) leaves its page without text.
 */
final class ScannedPageText {

    private final PageImages images;
    private final OfdPackage unpacked;
    private final ParseContext context;
    private final boolean ocr;

    ScannedPageText(OFDReader reader, OfdPackage unpacked, ParseContext context) {
        this.images = new PageImages(reader);
        this.unpacked = unpacked;
        this.context = context;
        TesseractOCRConfig config = context.get(TesseractOCRConfig.class);
        this.ocr = config == null || !config.isSkipOcr();
    }

    /** Writes the text of the images page {@code pageNumber} (from 1) draws into {@code page}; whether it had any. */
    boolean write(int pageNumber, ContentHandler page) throws IOException, SAXException, TikaException {
        List<String> locations = ocr ? images.locations(pageNumber) : List.of();
        if (locations.isEmpty()) {
            return false;
        }
        EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
        TextWatcher watched = new TextWatcher(page);
        for (String location : locations) {
            Optional<Path> file = unpacked.part(location);
            if (file.isEmpty()) {
                continue;
            }
            Metadata image = new Metadata();
            image.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.get().getFileName().toString());
            image.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.INLINE.name());
            if (extractor.shouldParseEmbedded(image)) {
                try (TikaInputStream in = TikaInputStream.get(file.get())) {
                    // no html wrapper: it would write the image's file name into the page's text
                    extractor.parseEmbedded(in, watched, image, false);
                }
            }
        }
        return watched.sawText;
    }

    /** Passes everything on, noting whether any characters other than white space went by. */
    private static final class TextWatcher extends ContentHandlerDecorator {

        private boolean sawText;

        TextWatcher(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            for (int i = start; i < start + length && !sawText; i++) {
                sawText = !Character.isWhitespace(ch[i]);
            }
            super.characters(ch, start, length);
        }
    }
}
