package fanwen.extract.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika parser for OFD (GB/T 33190-2016) documents, through {@code ofdrw}: the text of the first document of the
 * package, page by page in page-tree order, each page a {@code <div class="page">} with one {@code <p>} per text
 * line (as Tika's PDF parser writes pages), so plain text has a line per text line and a blank line between pages;
 * the title and creation date of its {@code DocInfo} as {@link TikaCoreProperties#TITLE} and
 * {@link TikaCoreProperties#CREATED}. A page without text but with images (a scan) gets the text of its images
 * when the parse context can OCR them ({@link ScannedPageText}), as Tika's PDF parser OCRs a scanned PDF's pages;
 * the number of pages read so is {@link #OCR_PAGE_COUNT}.
 *
 * <p>Hostile packages fail with a {@link TikaException}: entry names escaping the package (zip slip), parts that
 * inflate past {@link OfdLimits} (a {@link org.apache.tika.exception.TikaMemoryLimitException}), more pages than the
 * limit, XML with a document type declaration (no external entity is ever resolved), a missing
 * {@code Document.xml} or page, an image location outside the package. It does not read page templates (running
 * headers drawn once for all pages), annotations, attachments or signatures; the caller bounds its time.
 */
public final class OfdParser implements Parser {

    private static final long serialVersionUID = 1L;

    /** The media type of OFD packages (no IANA registration; the one Chinese software uses). */
    public static final MediaType MEDIA_TYPE = MediaType.application("ofd");

    /** How many pages got their text from their images by OCR; not set when none did. */
    public static final Property OCR_PAGE_COUNT = Property.externalInteger("ofd:ocrPageCount");

    static {
        SecureXmlReaders.install();
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        OfdLimits limits = context.get(OfdLimits.class, OfdLimits.defaults());
        try (TemporaryResources temporary = new TemporaryResources()) {
            TikaInputStream in = TikaInputStream.get(stream, temporary, metadata);
            metadata.set(Metadata.CONTENT_TYPE, MEDIA_TYPE.toString());
            try (OfdPackage unpacked = OfdPackage.unpack(in.getPath(), limits);
                 OFDReader reader = new OFDReader(unpacked.root().toString(), false)) {
                emit(reader, limits, handler, metadata, new ScannedPageText(reader, unpacked, context));
            } catch (RuntimeException e) {
                // ofdrw reports a malformed package with unchecked exceptions (BadOFDException and plain ones)
                throw new TikaException("unreadable OFD: " + innermostMessage(e), e);
            }
        }
    }

    private static void emit(OFDReader reader, OfdLimits limits, ContentHandler handler, Metadata metadata,
                             ScannedPageText scans) throws IOException, SAXException, TikaException {
        int pages = reader.getNumberOfPages();
        if (pages > limits.maxPages()) {
            throw new TikaException("OFD has " + pages + " pages, more than the limit of " + limits.maxPages());
        }
        metadata.set(PagedText.N_PAGES, pages);
        docInfo(reader, metadata);
        ContentExtractor extractor = new ContentExtractor(reader);
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        int ocrPages = 0;
        for (int page = 1; page <= pages; page++) {
            List<String> lines = PageLines.of(extractor.getPageTextObject(page));
            xhtml.startElement("div", "class", "page");
            for (String line : lines) {
                xhtml.element("p", line);
            }
            if (lines.isEmpty() && scans.write(page, xhtml)) {
                ocrPages++;
            }
            xhtml.endElement("div");
        }
        xhtml.endDocument();
        if (ocrPages > 0) {
            metadata.set(OCR_PAGE_COUNT, ocrPages);
        }
    }

    private static void docInfo(OFDReader reader, Metadata metadata) {
        CT_DocInfo info;
        try {
            info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
        } catch (Exception e) {
            return; // DocInfo is optional; a document without one still has its pages
        }
        if (info == null) {
            return;
        }
        try {
            if (info.getTile() != null && !info.getTile().isBlank()) {
                metadata.set(TikaCoreProperties.TITLE, info.getTile().strip());
            }
            if (info.getCreationDate() != null) {
                metadata.set(TikaCoreProperties.CREATED,
                        Date.from(info.getCreationDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
        } catch (RuntimeException e) {
            // a malformed date or title is no reason to lose the text
        }
    }

    private static String innermostMessage(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        return message == null ? innermost.getClass().getSimpleName() : message;
    }
}
