package fanwen.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.javalin.http.Context;

/** {@code GET /api/v1/openapi.json}: the hand-written OpenAPI 3.1 description bundled with the server. */
final class OpenApiHandler {

    /** Class-path location of the description. */
    static final String RESOURCE = "/fanwen/server/openapi.json";

    private final byte[] description;

    OpenApiHandler() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            description = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void get(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(description);
    }
}
