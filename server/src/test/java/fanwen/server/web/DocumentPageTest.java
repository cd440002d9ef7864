package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The document view: metadata, outline navigation, highlights, the original, similar documents, editing. */
class DocumentPageTest extends BrowserTest {

    private static final String SPEECH = "在年轻干部到乡镇挂职锻炼动员会上的讲话";

    @Test
    void aResultOpensItsDocumentWithTheQueryHighlightedAndTheFirstHitInView() {
        browser.open("/?q=挂职锻炼");
        browser.awaitResults();
        WebElement title = browser.find(".document-hit .hit-title a");
        String titleText = title.getText();
        title.click();
        browser.awaitDocument();
        assertEquals("挂职锻炼", browser.param("q"));
        assertEquals(titleText, browser.find(".document-header h1").getText());
        String meta = browser.find(".document-meta").getText();
        assertTrue(meta.contains("类型") && meta.contains("原文件"), meta);
        assertFalse(browser.findAll(".document-keywords .tag").isEmpty(), "keywords");
        assertFalse(browser.find(".summary p").getText().isBlank(), "summary");
        List<WebElement> marks = browser.findAll(".document-text mark");
        assertFalse(marks.isEmpty());
        assertTrue(browser.inView(marks.get(0)), "the first hit is scrolled into view");

        WebElement similar = browser.find(".similar-documents .similar-list li");
        assertTrue(similar.getText().contains("相似度"), similar.getText());
        browser.driver.navigate().back();
        browser.awaitResults();
        assertEquals("挂职锻炼", browser.find("#q").getDomProperty("value"));
    }

    @Test
    void theWayBackLeadsToTheSearchWithItsFilters() {
        browser.open("/?q=挂职&type=讲话&mode=passages");
        browser.awaitResults();
        browser.find(".passage-hit .hit-title a").click();
        browser.awaitDocument();
        browser.find(".document-text .target");
        browser.find(".back-link a").click();
        browser.awaitResults();
        assertEquals("讲话", browser.param("type"));
        assertEquals("passages", browser.param("mode"));
    }

    @Test
    void theOutlineLeadsToItsHeadingsByMouseAndKeyboard() {
        JsonNode doc = server.get("/api/v1/documents/" + server.idOfTitle(SPEECH));
        browser.open("/?doc=" + doc.get("id").asText());
        browser.awaitDocument();
        List<WebElement> entries = browser.findAll(".toc a");
        assertEquals(countHeadings(doc.get("outline")), entries.size());

        WebElement last = entries.get(entries.size() - 1);
        last.click();
        WebElement heading = browser.until(d -> d.switchTo().activeElement());
        assertEquals("h-" + last.getDomAttribute("data-start"), heading.getDomAttribute("id"));
        assertTrue(heading.getText().startsWith(last.getText()), heading.getText());
        assertTrue(browser.inView(heading));

        WebElement first = entries.get(0);
        first.sendKeys(Keys.ENTER);
        browser.until(d -> ("h-" + first.getDomAttribute("data-start")).equals(d.switchTo().activeElement().getDomAttribute("id")));
        assertTrue(browser.inView(browser.driver.switchTo().activeElement()));
    }

    @Test
    void theOriginalCanBeDownloaded() {
        String id = server.idOfTitle(SPEECH);
        browser.open("/?doc=" + id);
        browser.awaitDocument();
        WebElement download = browser.find(".document-actions a[download]");
        assertEquals("下载原文", download.getText());
        assertTrue(download.getDomProperty("href").endsWith("/api/v1/documents/" + id + "/original"));
    }

    @Test
    void metadataCanBeCorrectedInPlace() {
        String id = server.idOfTitle(SPEECH);
        browser.open("/?doc=" + id);
        browser.awaitDocument();
        browser.find("#edit-metadata").click();
        WebElement tags = browser.find("#edit-tags");
        tags.clear();
        tags.sendKeys("动员会、浏览器测试");
        browser.find(".metadata-editor button[type=submit]").click();
        browser.until(d -> d.findElement(By.cssSelector(".document-meta")).getText().contains("浏览器测试"));
        JsonNode saved = server.get("/api/v1/documents/" + id);
        assertEquals("[\"动员会\",\"浏览器测试\"]", saved.get("tags").toString());
        assertNotNull(browser.find("#edit-metadata"));
    }

    private static int countHeadings(JsonNode outline) {
        int count = 0;
        for (JsonNode node : outline) {
            count += 1 + countHeadings(node.get("children"));
        }
        return count;
    }
}
