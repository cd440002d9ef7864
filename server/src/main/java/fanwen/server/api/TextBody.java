package fanwen.server.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import fanwen.server.http.ApiError;

/** Reads a JSON request body that must be an object with a string {@code text}; 400 saying {@code usage} if not. */
final class TextBody {

    private TextBody() {
    }

    static JsonNode read(Context ctx, ObjectMapper json, String usage) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw ApiError.badRequest("请求体不是有效的 JSON：应为 " + usage, "the body is not JSON: " + problem(e));
        }
        if (body == null || !body.isObject() || !body.path("text").isTextual()) {
            throw ApiError.badRequest("缺少文本：请求体应为 " + usage, "expected a JSON object with a string field 'text'");
        }
        return body;
    }

    /** What the JSON parser found wrong, without its note on where the source is. */
    static String problem(IOException e) {
        return e instanceof JsonProcessingException parsing ? parsing.getOriginalMessage() : e.getMessage();
    }

    /** 413 when {@code text} is longer than {@code maxChars}: the same refusal for every route that takes a text. */
    static void requireAtMost(String text, int maxChars) {
        if (text.length() > maxChars) {
            throw ApiError.tooLarge("文本过长：" + text.length() + " 字，上限 " + maxChars + " 字",
                    "text too long: " + text.length() + " > " + maxChars + " chars");
        }
    }
}
