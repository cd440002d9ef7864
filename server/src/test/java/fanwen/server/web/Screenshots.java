package fanwen.server.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Takes the screenshots of docs/screenshots/ (linked from the README): each view in a 1366×768 window, and the
 * search and a document on a phone. Not a test — what each view must show is asserted by the page's tests — but a
 * script run on demand, {@code scripts/screenshots.sh}, which rewrites the tracked pictures; the test suite never
 * runs it. Its own upload comes last, so that the other pictures show the bundled corpus alone.
 */
@EnabledIfSystemProperty(named = "fanwen.screenshots", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Screenshots extends BrowserTest {

    private static final String SUMMARY = """
            办公室二〇二三年上半年工作总结
            一、主要工作
            （一）健全工作制度。坚持每周例会制度，重点工作实行台账管理。
            （二）提升服务水平。全年办理来文来电一千二百余件，无一延误。
            二、存在问题
            人员少、任务重，信息化水平还不高。
            """;

    @Test
    void searchResults() {
        browser.open("/?q=挂职锻炼");
        browser.awaitResults();
        browser.screenshot("search");
    }

    @Test
    void passagesWithSimilarOnes() {
        browser.open("/?mode=passages&q=加强组织领导");
        browser.awaitResults();
        browser.find(".passage-hit .similar-button").click();
        browser.find(".passage-hit .similar-passage");
        browser.screenshot("passages");
    }

    @Test
    void documentView() {
        browser.open("/?q=挂职锻炼&doc=" + server.idOfTitle(CheckPageTest.SPEECH));
        browser.awaitDocument();
        browser.find(".similar-documents .similar-list");
        browser.find("#edit-metadata");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("document");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void uploadResults(@TempDir Path folder) throws IOException {
        Path summary = Files.writeString(folder.resolve("办公室上半年工作总结.txt"), SUMMARY);
        Path seed;
        try (var files = Files.list(Repository.folder("corpus").resolve("seed"))) {
            seed = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Path again = Files.copy(seed, folder.resolve("再次上传的总结.txt"));
        browser.open("/?view=upload");
        browser.find("label[for=upload-files]");
        browser.driver.findElement(By.id("upload-files")).sendKeys(String.join("\n", summary.toString(),
                again.toString(), UploadPageTest.brokenPdf(folder).toString()));
        browser.until(d -> d.findElements(By.cssSelector(".upload-item.sending, .upload-item.waiting")).isEmpty());
        browser.screenshot("upload");
    }

    @Test
    void duplicateCheck() {
        CheckPageTest.checkDraft(browser, CheckPageTest.OWN_OPENING + CheckPageTest.copiedParagraph(server)
                + CheckPageTest.OWN_CLOSING);
        browser.find(".check-draft a.copied");
        browser.screenshot("check");
    }

    @Test
    void phone() {
        browser.phoneScreen(true);
        try {
            browser.open("/?q=挂职锻炼");
            browser.awaitResults();
            browser.screenshot("phone-search");
            browser.open("/?doc=" + server.idOfTitle(CheckPageTest.SPEECH));
            browser.awaitDocument();
            browser.find("#edit-metadata");
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("phone-document");
        } finally {
            browser.phoneScreen(false);
        }
    }
}
