package fanwen.extract.ofd;

/**
 * How much of an OFD package {@link OfdParser} will read, so that a hostile file cannot fill the disk, the memory
 * or the time of a parse. The package's XML parts are unpacked (the page text is there), and the images of pages
 * without text when they are to be OCR'd; fonts and attachments never are. The byte limits bound all that is
 * unpacked. The time of a parse (OCR included) is bounded by the caller.
 * Put an instance into the {@link org.apache.tika.parser.ParseContext} to override the defaults.
 *
 * @param maxEntries    zip entries a package may have (all of them, not only the XML parts)
 * @param maxEntryBytes inflated bytes one unpacked part (an XML part, an image) may have
 * @param maxTotalBytes inflated bytes all unpacked parts together may have
 * @param maxPages      pages read; a document with more is refused rather than cut short silently
 */
public record OfdLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxPages) {

    public OfdLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("OFD limits must be positive");
        }
    }

    /** 20,000 entries, 64 MB per part, 256 MB in all, 10,000 pages. */
    public static OfdLimits defaults() {
        return new OfdLimits(20_000, 64L * 1024 * 1024, 256L * 1024 * 1024, 10_000);
    }
}
