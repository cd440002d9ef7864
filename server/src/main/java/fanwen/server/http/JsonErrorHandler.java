package fanwen.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import fanwen.server.ServerLimits;
import fanwen.server.json.ErrorResponse;

/**
 * Answers the requests Jetty refuses before they reach Javalin — a request line over
 * {@link ServerLimits#MAX_HEADER_BYTES} (414), headers over it (431), malformed HTTP (400) — in the API's error
 * shape {@code {"error":{"code","message","detail"}}} instead of Jetty's HTML error page, so that a client parsing JSON
 * gets a reason it can read: the message in Chinese, Jetty's own wording as the detail (for 4xx only; a 5xx says
 * nothing of internals).
 */
public final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    public JsonErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String detail = status >= 500 || message == null || message.isBlank() ? null : message;
        byte[] body = json.writeValueAsBytes(ErrorResponse.of(ErrorMapping.codeOf(status), messageFor(status), detail));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String messageFor(int status) {
        int kb = ServerLimits.MAX_HEADER_BYTES / 1024;
        return switch (status) {
            case 414 -> "请求地址过长（超过 " + kb + " KB），请缩短查询";
            case 431 -> "请求头过大（超过 " + kb + " KB）";
            default -> ErrorMapping.messageOf(status);
        };
    }
}
