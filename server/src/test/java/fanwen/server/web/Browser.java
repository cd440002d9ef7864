package fanwen.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the web page of one server: opening states of the page, waiting for explicit
 * conditions (never sleeping), reading the URL's parameters and the clipboard, screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    Browser(String base) {
        this.driver = Chromium.start();
        this.base = base;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Opens the page at {@code pathAndQuery}, e.g. {@code /?q=挂职锻炼} (the query may be unencoded). */
    void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    /** The first element matching {@code css}, once it is visible. */
    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits until the search results for the current URL are shown. */
    void awaitResults() {
        until(d -> "false".equals(d.findElement(By.cssSelector("section.results")).getDomAttribute("aria-busy")));
    }

    /** Waits until the document view has its document. */
    void awaitDocument() {
        until(d -> "false".equals(d.findElement(By.cssSelector("article.document-view")).getDomAttribute("aria-busy")));
        find(".document-header h1");
    }

    /** The decoded value of the current URL's query parameter {@code name}, or null. */
    String param(String name) {
        String query = URI.create(driver.getCurrentUrl()).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
                return parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Whether {@code element} is within the visible part of the page. */
    boolean inView(WebElement element) {
        return Boolean.TRUE.equals(script("const r = arguments[0].getBoundingClientRect();"
                + " return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;", element));
    }

    /** Lets the page read and write the clipboard (headless Chromium asks no one). */
    void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** The text on the clipboard, read through the page. */
    String clipboard() {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " navigator.clipboard.readText().then(done, e => done('clipboard unreadable: ' + e));");
    }

    /** A phone's screen (390×844 CSS pixels, touch), or back to the 1366×768 desktop window. */
    void phoneScreen(boolean phone) {
        if (phone) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Saves what the window shows as {@code docs/screenshots/NAME.png} of the repository, the pointer moved
     * to a corner first so that no hover effect depends on the clicks before.
     */
    void screenshot(String name) {
        new Actions(driver).moveToLocation(1, 1).perform();
        try {
            Path folder = Files.createDirectories(Repository.folder("docs").resolve("screenshots"));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
