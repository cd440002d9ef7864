package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Passage mode: passages with their heading path, a copy button that copies the plain text, similar passages. */
class PassageModeTest extends BrowserTest {

    private static final String QUERY = "加强组织领导";

    @Test
    void theToggleShowsPassagesWithTheirHeadingPathAndHighlights() {
        browser.open("/?q=" + QUERY);
        browser.awaitResults();
        browser.find("label[for=mode-passages]").click();
        browser.until(d -> "passages".equals(browser.param("mode")));
        browser.awaitResults();
        WebElement first = browser.find(".passage-hit");
        JsonNode expected = firstPassage();
        assertEquals(expected.get("passage_id").asText(), first.getDomAttribute("data-passage-id"));
        assertEquals(String.join(" › ", texts(expected.get("heading_path"))),
                first.findElement(By.cssSelector(".heading-path")).getDomProperty("textContent").replace("所在位置：", ""));
        assertFalse(first.findElements(By.cssSelector(".snippet mark")).isEmpty());
    }

    @Test
    void copyPutsThePassagesPlainTextOnTheClipboard() {
        browser.allowClipboard();
        browser.open("/?mode=passages&q=" + QUERY);
        browser.awaitResults();
        WebElement copy = browser.find(".passage-hit .copy-button");
        copy.click();
        browser.until(d -> copy.getText().equals("已复制"));
        String text = firstPassage().get("text").asText();
        assertEquals(text, browser.clipboard());
        assertFalse(text.contains("<mark>"));
    }

    @Test
    void similarPassagesOpenUnderThePassage() {
        browser.open("/?mode=passages&q=" + QUERY);
        browser.awaitResults();
        WebElement button = browser.find(".passage-hit .similar-button");
        button.click();
        assertEquals("true", button.getDomAttribute("aria-expanded"));
        WebElement similar = browser.find(".passage-hit .similar-passages .similar-passage");
        assertTrue(similar.getText().contains("相似度"), similar.getText());
        assertTrue(similar.findElement(By.cssSelector(".hit-title a")).getDomAttribute("href").contains("doc="));
        button.click();
        assertEquals("false", button.getDomAttribute("aria-expanded"));
        browser.until(ExpectedConditions.invisibilityOf(similar));
    }

    private JsonNode firstPassage() {
        return server.get("/api/v1/passages?size=1&q=" + LiveServer.encode(QUERY)).get("hits").get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
