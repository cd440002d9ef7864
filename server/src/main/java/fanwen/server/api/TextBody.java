package fanwen.server.api;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import fanwen.server.http.ApiError;

/** Reads a JSON request body that must be an object with a string {@code text}; 400 with {@code usage} if not. */
final class TextBody {

    private TextBody() {
    }

    static JsonNode read(Context ctx, ObjectMapper json, String usage) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw ApiError.badRequest("the body must be JSON: " + usage);
        }
        if (body == null || !body.isObject() || !body.path("text").isTextual()) {
            throw ApiError.badRequest("give the text: " + usage);
        }
        return body;
    }
}
