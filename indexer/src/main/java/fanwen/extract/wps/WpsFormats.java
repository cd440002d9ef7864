package fanwen.extract.wps;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.mime.MediaType;

/**
 * Kingsoft WPS Office files: which are read, and what to tell the user about those that are not.
 *
 * <p>WPS writes {@code .wps} (文字), {@code .et} (表格) and {@code .dps} (演示) as OLE2 compound files in the layout
 * of Word 97, Excel 97 and PowerPoint 97 (since WPS 2005), and as OOXML when told to; Tika detects those by their
 * contents as the Office types, and its Word, Excel and PowerPoint parsers read them. So the Office types of the
 * three kinds are {@linkplain #isDocument(MediaType) documents} here, and so are the media types WPS and Linux
 * desktops declare for WPS files ({@link #ALIASES}; Tika itself never detects them, a caller may declare them).
 * A {@code .wps/.et/.dps} whose contents are neither — WPS 2000 and older wrote formats of their own, and Microsoft
 * Works also used {@code .wps}, which Tika cannot tell apart — cannot be read: {@link #unreadable(String, MediaType)}
 * names the format and what to save it as. It decides nothing from a file name alone.
 */
public final class WpsFormats {

    /** The extensions of WPS's own files that a folder walk picks up. */
    public static final Set<String> EXTENSIONS = Set.of("wps", "et", "dps");

    /** The Office types a WPS file is read as (Word files were read before WPS support; they are listed too). */
    private static final Set<String> OFFICE_TYPES = Set.of(
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    /** WPS's declared media types and the Office type each stands for. */
    public static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("application/kswps", "application/msword"),
            Map.entry("application/wps-office.wps", "application/msword"),
            Map.entry("application/wps-office.doc", "application/msword"),
            Map.entry("application/kset", "application/vnd.ms-excel"),
            Map.entry("application/wps-office.et", "application/vnd.ms-excel"),
            Map.entry("application/wps-office.xls", "application/vnd.ms-excel"),
            Map.entry("application/ksdps", "application/vnd.ms-powerpoint"),
            Map.entry("application/wps-office.dps", "application/vnd.ms-powerpoint"),
            Map.entry("application/wps-office.ppt", "application/vnd.ms-powerpoint"),
            Map.entry("application/wps-office.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("application/wps-office.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("application/wps-office.pptx",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    /** What a WPS file that cannot be read is, and what to save it as instead. */
    public record Unreadable(String format, String saveAs) {
    }

    private WpsFormats() {
    }

    /** Whether the type (or the Office type it is an alias of) is one a WPS file is read as. */
    public static boolean isDocument(MediaType type) {
        String base = type.getBaseType().toString();
        return OFFICE_TYPES.contains(ALIASES.getOrDefault(base, base));
    }

    /**
     * For a file named {@code .wps}, {@code .et} or {@code .dps} whose detected type is not one it can be read as:
     * its format in words, and what to save it as; empty for any other file.
     */
    public static Optional<Unreadable> unreadable(String fileName, MediaType detected) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext) || isDocument(detected)) {
            return Optional.empty();
        }
        return Optional.of(switch (ext) {
            // Tika names any .wps that is no OLE2 or OOXML file Microsoft Works by its extension: it may be either
            case "wps" -> new Unreadable("WPS 2000 以前的旧格式（或 Microsoft Works 格式）的 .wps 文件", ".docx");
            case "et" -> new Unreadable("WPS 表格的旧格式（.et），不是 Excel 兼容格式", ".xlsx");
            default -> new Unreadable("WPS 演示的旧格式（.dps），不是 PowerPoint 兼容格式", ".pptx");
        });
    }
}
