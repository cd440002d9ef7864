package fanwen.extract.ofd;

/**
 * How much of an OFD package {@link OfdParser} will read, so that a hostile file cannot fill the disk, the memory
 * or the time of a parse. Only the package's XML parts are unpacked (the page text is there; fonts, images and
 * attachments are not read), so the byte limits bound the XML alone. The time of a parse is bounded by the caller.
 * Put an instance into the {@link org.apache.tika.parser.ParseContext} to override the defaults.
 *
 * @param maxEntries    zip entries a package may have (all of them, not only the XML parts)
 * @param maxEntryBytes inflated bytes one XML part may have
 * @param maxTotalBytes inflated bytes all XML parts together may have
 * @param maxPages      pages read; a document with more is refused rather than cut short silently
 */
public record OfdLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxPages) {

    public OfdLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("OFD limits must be positive");
        }
    }

    /** 20,000 entries, 64 MB per XML part, 256 MB of XML in all, 10,000 pages. */
    public static OfdLimits defaults() {
        return new OfdLimits(20_000, 64L * 1024 * 1024, 256L * 1024 * 1024, 10_000);
    }
}
