package fanwen.extract;

import java.util.HashSet;
import java.util.Set;

import org.apache.tika.mime.MediaType;

import fanwen.extract.ofd.OfdParser;
import fanwen.extract.wps.WpsFormats;

/**
 * Which files extraction reads, by extension (to pick files on a folder walk) and by detected media type
 * (to refuse, before parsing, what Tika could parse but is no document: archives, programs, audio …).
 */
final class Formats {

    /** Document extensions a folder walk picks up. Images are read (by OCR) only when given directly. */
    static final Set<String> DOCUMENT_EXTENSIONS = officialFormatsToo(
            Set.of("txt", "text", "md", "markdown", "doc", "docx", "wps", "rtf", "odt", "pdf", "html", "htm"));

    /** Extensions decoded by {@link TextDecoder} rather than by Tika. */
    static final Set<String> PLAIN_TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "text");

    private static final Set<String> PLAIN_TEXT_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word2006ml",
            "application/vnd.wordperfect",
            "application/rtf",
            "application/vnd.oasis.opendocument.text",
            "text/html",
            "application/xhtml+xml",
            // containers Tika names before it knows more: parsing tells a real document from a broken one
            "application/x-tika-msoffice",
            "application/x-tika-ooxml",
            "application/x-tika-ooxml-protected");

    private static final Set<String> IMAGE_TYPES =
            Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif");

    private Formats() {
    }

    static boolean isPlainText(MediaType type) {
        return PLAIN_TEXT_TYPES.contains(type.getBaseType().toString());
    }

    /** Markdown, whose markup {@link MarkdownText} removes. */
    static boolean isMarkdown(String mediaType) {
        return mediaType.equals("text/markdown") || mediaType.equals("text/x-web-markdown");
    }

    static boolean isDocument(MediaType type) {
        return DOCUMENT_TYPES.contains(type.getBaseType().toString()) || WpsFormats.isDocument(type) || isOfd(type);
    }

    static boolean isImage(MediaType type) {
        return IMAGE_TYPES.contains(type.getBaseType().toString());
    }

    static boolean isPdf(MediaType type) {
        return type.getBaseType().toString().equals("application/pdf");
    }

    // --- official formats (issue 20): OFD and Kingsoft WPS; see fanwen.extract.ofd and fanwen.extract.wps ---

    static boolean isOfd(MediaType type) {
        return type.getBaseType().equals(OfdParser.MEDIA_TYPE);
    }

    /**
     * Laid out in pages, with the lines of each (PDF, OFD): text whose line breaks {@link PdfLineJoiner} undoes, and
     * pages that may be scans, OCR'd when the request says so.
     */
    static boolean isPageLayout(MediaType type) {
        return isPdf(type) || isOfd(type);
    }

    private static Set<String> officialFormatsToo(Set<String> extensions) {
        Set<String> all = new HashSet<>(extensions);
        all.addAll(WpsFormats.EXTENSIONS);
        all.add("ofd");
        return Set.copyOf(all);
    }
}
