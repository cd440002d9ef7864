package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium ({@code apt-get install chromium chromium-driver fonts-noto-cjk}), driven through its
 * own {@code /usr/bin/chromedriver} — never a driver or browser downloaded by Selenium Manager. When they
 * are missing, a browser test fails in CI ({@code CI=true}) and is skipped elsewhere, saying why.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static boolean skipReported;

    private Chromium() {
    }

    /** Fails (CI) or skips (elsewhere) the calling tests unless the browser and its driver are installed. */
    static void requireInstalled() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String message = "the web page tests need " + BROWSER + " and " + DRIVER
                + ": apt-get install chromium chromium-driver fonts-noto-cjk (scripts/install-test-tools.sh does it as root)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        if (!skipReported) { // Maven shows no reason for an aborted class: say it once in the build log
            skipReported = true;
            System.err.println("SKIPPED the browser tests of the web page: " + message);
        }
        Assumptions.abort("skipped: " + message);
    }

    /** A headless Chromium with a 1366×768 window, its language Chinese. */
    static ChromeDriver start() {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--lang=zh-CN", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
