package fanwen.server.http;

import java.util.Map;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * Serves the web page — the static files packed from the repository's {@code web/} folder into the jar as
 * {@code /web} — at {@code /}, with headers that keep it safe: a Content-Security-Policy allowing only the
 * page's own scripts, styles and API (no inline script, nothing from other origins), no sniffing, no
 * framing, no referrer. The page knows only the JSON API; this class knows nothing of the page's content.
 */
public final class WebPage {

    /** Where the page's files are on the classpath. */
    public static final String CLASSPATH_FOLDER = "/web";

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    private WebPage() {
    }

    public static void install(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = CLASSPATH_FOLDER;
            files.location = Location.CLASSPATH;
            files.mimeTypes.add("text/html; charset=utf-8", "html");
            files.mimeTypes.add("text/css; charset=utf-8", "css");
            files.mimeTypes.add("text/javascript; charset=utf-8", "js");
            files.headers = Map.of(
                    "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                    "X-Content-Type-Options", "nosniff",
                    "X-Frame-Options", "DENY",
                    "Referrer-Policy", "no-referrer",
                    // revalidate every time: after an upgrade the page and its modules must not be mixed versions
                    "Cache-Control", "no-cache");
        });
    }
}
