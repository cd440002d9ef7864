package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import fanwen.server.Http.Answer;
import fanwen.server.Http.NamedBytes;
import fanwen.server.http.ErrorCode;

/** A server with an API key, one CORS origin, a 64 KB upload limit and a tight request rate. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuardedServerTest {

    private static final String KEY = "s3cret-key";
    private static final String PORTAL = "https://portal.example";
    private static final String NOTICE = "关于做好安全生产工作的通知\n\n一、提高认识\n各单位要落实安全生产责任。\n";

    private TestServer server;
    private Http http;

    @BeforeAll
    void start() throws IOException {
        server = new TestServer(ServerConfig.local(0).withApiKey(KEY).withCorsOrigins(List.of(PORTAL))
                .withLimits(ServerLimits.defaults().withMaxUploadBytes(64 * 1024).withRate(60, 40)));
        http = server.http;
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
    }

    @Test
    void writesWithoutTheKeyAre401AndReadsNeedNone() {
        OneVoice.assertSpeaks(ErrorCode.UNAUTHORIZED,
                http.uploadBytes(List.of(NamedBytes.text("notice.txt", NOTICE)), List.of()));
        OneVoice.assertSpeaks(ErrorCode.UNAUTHORIZED, http.uploadBytes(List.of(NamedBytes.text("notice.txt", NOTICE)),
                List.of(), "Authorization", "Bearer wrong"));
        OneVoice.assertSpeaks(ErrorCode.UNAUTHORIZED,
                http.patchJson("/api/v1/documents/0123456789abcdef", "{\"year\":2015}"));
        OneVoice.assertSpeaks(ErrorCode.UNAUTHORIZED, http.delete("/api/v1/documents/0123456789abcdef"));
        assertEquals(200, http.get("/api/v1/search?q=x").status());

        Answer bearer = http.uploadBytes(List.of(NamedBytes.text("notice.txt", NOTICE)), List.of("type", "通知"),
                "Authorization", "Bearer " + KEY);
        assertEquals(201, bearer.status(), bearer.body());
        String id = bearer.json().get("results").get(0).get("id").asText();
        assertEquals("通知", http.get("/api/v1/documents/" + id).json().get("type").asText());
        assertEquals(200, http.delete("/api/v1/documents/" + id, "X-API-Key", KEY).status());
    }

    @Test
    void healthTellsThePageThatWritesNeedTheKey() {
        assertTrue(http.get("/api/v1/health").json().get("writes_need_key").asBoolean());
    }

    @Test
    void uploadsOverTheLimitAre413() {
        byte[] big = new byte[100 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        OneVoice.assertSpeaks(ErrorCode.PAYLOAD_TOO_LARGE,
                http.uploadBytes(List.of(new NamedBytes("big.txt", big)), List.of(), "X-API-Key", KEY));
        OneVoice.assertSpeaks(ErrorCode.PAYLOAD_TOO_LARGE,
                http.postMultipart("/api/v1/check", List.of(new NamedBytes("big.txt", big)), List.of()));
    }

    @Test
    void requestsRefusedByJettyItselfAreAnsweredInTheApiErrorShape() {
        OneVoice.assertSpeaks(ErrorCode.URI_TOO_LONG, http.get("/api/v1/search?q=" + "a".repeat(10_000)));
        OneVoice.assertSpeaks(ErrorCode.HEADERS_TOO_LARGE, http.get("/api/v1/stats", "X-Padding", "b".repeat(20_000)));
    }

    @Test
    void configuredOriginsMayReadFromABrowserButNotWrite() {
        Answer read = http.get("/api/v1/stats", "Origin", PORTAL);
        assertEquals(PORTAL, read.header("Access-Control-Allow-Origin"));
        assertNull(http.get("/api/v1/stats", "Origin", "https://evil.example").header("Access-Control-Allow-Origin"));
        Answer preflight = http.options("/api/v1/search", "Origin", PORTAL, "Access-Control-Request-Method", "GET");
        assertEquals(204, preflight.status());
        assertEquals(PORTAL, preflight.header("Access-Control-Allow-Origin"));
        Answer writePreflight = http.options("/api/v1/documents", "Origin", PORTAL,
                "Access-Control-Request-Method", "POST");
        assertNull(writePreflight.header("Access-Control-Allow-Origin"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it spends the client's burst
    void aClientOverTheRateLimitGets429() {
        int refused = 0;
        Answer last = null;
        for (int i = 0; i < 60 && refused == 0; i++) {
            last = http.get("/api/v1/stats");
            if (last.status() == 429) {
                refused++;
            }
        }
        assertEquals(1, refused, "the burst of 40 must run out within 60 quick requests");
        OneVoice.assertSpeaks(ErrorCode.RATE_LIMITED, last);
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        assertEquals(200, http.get("/api/v1/health").status(), "health is never rate limited");
    }
}
