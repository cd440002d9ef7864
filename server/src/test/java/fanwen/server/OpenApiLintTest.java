package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The description a live server serves passes Redocly CLI's recommended rules with every warning an error
 * (redocly.yaml), run as a developer runs it: {@code scripts/lint-openapi.sh URL}. It needs npm's {@code npx}:
 * without it the test fails in CI ({@code CI=true}) and is skipped elsewhere, saying why.
 */
class OpenApiLintTest {

    @Test
    void theServedDescriptionPassesRedoclysRecommendedRules() throws IOException, InterruptedException {
        requireNpx();
        try (TestServer server = new TestServer(ServerConfig.local(0))) {
            Process lint = new ProcessBuilder(TestServer.repository().resolve("scripts/lint-openapi.sh").toString(),
                    server.baseUrl + "/api/v1/openapi.json").redirectErrorStream(true).start();
            lint.getOutputStream().close();
            String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "Redocly did not finish: " + output);
            assertEquals(0, lint.exitValue(), output);
        }
    }

    private static void requireNpx() {
        String path = System.getenv().getOrDefault("PATH", "");
        if (Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "npx")))) {
            return;
        }
        String message = "the lint of the OpenAPI description needs npx: apt-get install nodejs npm "
                + "(scripts/install-test-tools.sh does it as root)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        System.err.println("SKIPPED the lint of the OpenAPI description: " + message);
        Assumptions.abort("skipped: " + message);
    }
}
