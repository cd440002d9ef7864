package fanwen.server.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a download with a Chinese file name: an ASCII fallback in
 * {@code filename=} and the real name, UTF-8 percent-encoded, in {@code filename*=} (RFC 5987 / 6266).
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /** The header value for downloading a file whose source path or name is {@code source}. */
    static String attachment(String source) {
        String name = fileName(source);
        String fallback = name.codePoints()
                .map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == ';' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        // URLEncoder encodes for forms: its '+' for space must become %20 in RFC 5987's ext-value
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private static String fileName(String source) {
        if (source == null) {
            return "document";
        }
        String name = source.substring(source.replace('\\', '/').lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "document" : name;
    }
}
