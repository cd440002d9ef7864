package fanwen.server.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Guards the write endpoints: when an API key is configured, a write must carry it as
 * {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}, or it is refused with 401. Without a key,
 * writes are open (the server then listens on loopback only, see {@code ServerConfig#validate}).
 */
public final class ApiKeyAuth {

    private final Optional<byte[]> key;

    public ApiKeyAuth(Optional<String> key) {
        this.key = key.map(k -> k.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code handler}, run only for requests carrying the key. */
    public Handler protect(Handler handler) {
        return ctx -> {
            check(ctx);
            handler.handle(ctx);
        };
    }

    private void check(Context ctx) {
        if (key.isEmpty()) {
            return;
        }
        String given = presented(ctx);
        if (given == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ApiError.unauthorized("此服务器的写操作需要 API 密钥：请在请求头中发送 Authorization: Bearer KEY 或 "
                    + "X-API-Key: KEY", "this server needs an API key for writes: "
                    + "send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'");
        }
        // constant-time comparison: the answer time says nothing about how much of the key was right
        if (!MessageDigest.isEqual(key.get(), given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw ApiError.unauthorized("API 密钥不正确", "wrong API key");
        }
    }

    private static String presented(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String header = ctx.header("X-API-Key");
        return header == null ? null : header.strip();
    }
}
