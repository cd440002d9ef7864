package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fanwen.server.http.ErrorCode;

/**
 * The one voice of the API's error answers: {@code {"error":{"code","message","detail"}}} with the status and code
 * of the condition, a message in Chinese for people (parameter names and formats may stay as they are written, no
 * English sentence), and the technical text, if any, in {@code detail}.
 */
final class OneVoice {

    /** Three Latin words in a row: a sentence in English rather than a name such as multipart/form-data. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]+(?: [A-Za-z]+){2,}");

    private OneVoice() {
    }

    /** {@code answer} is the error of kind {@code kind}, told in the API's one voice. */
    static void assertSpeaks(ErrorCode kind, Http.Answer answer) {
        assertEquals(kind.status(), answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
        JsonNode error = answer.json().path("error");
        assertEquals(kind.code(), error.path("code").asText(), answer.body());
        assertChinese(error.path("message").asText());
        JsonNode detail = error.path("detail");
        assertTrue(detail.isNull() || detail.isTextual() && !detail.asText().isBlank(),
                "detail is the technical text or null: " + answer.body());
    }

    /** {@code message} speaks Chinese to people. */
    static void assertChinese(String message) {
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "a message in Chinese: " + message);
        assertFalse(ENGLISH.matcher(message).find(), "English belongs in detail, not in the message: " + message);
    }
}
