package fanwen.extract;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

/**
 * The plain text of one file, as extracted by {@link Extractor}, with the little metadata the file itself
 * declares. The text is cleaned (line breaks inside CJK sentences re-joined for PDFs, NULs removed) but not
 * otherwise normalised: offsets into it are the offsets the user sees.
 *
 * @param text      the extracted text, never blank
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param charset   the charset a text file was decoded with, if it was a text file
 * @param title     the title the file's own metadata declares, if any
 * @param created   the creation date the file's own metadata declares, if any
 * @param ocr       whether the text came (partly) from OCR
 */
public record Extraction(String text, String mediaType, Optional<String> charset, Optional<String> title,
                         Optional<LocalDate> created, boolean ocr) {

    /** Whether the file was laid out in pages (PDF, OFD): its text is the text of its pages, one after the other. */
    public boolean paged() {
        MediaType type = MediaType.parse(mediaType);
        return type != null && Formats.isPageLayout(type);
    }
}
