package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The duplicate check: a pasted draft comes back with its copied spans marked and linked to their source; a file it
 * cannot read is refused with the reason.
 */
class CheckPageTest extends BrowserTest {

    static final String SPEECH = "在年轻干部到乡镇挂职锻炼动员会上的讲话";
    static final String OWN_OPENING = "今年以来，我们认真贯彻上级部署，各项工作取得新进展。\n";
    static final String OWN_CLOSING = "\n下一步，我们将继续努力，把各项工作做得更好。";

    /** One paragraph of the speech (its section "1、珍惜下派挂职的机会"). */
    static String copiedParagraph(LiveServer server) {
        String text = server.get("/api/v1/documents/" + server.idOfTitle(SPEECH)).get("text").asText();
        int start = text.indexOf("首先,这是一次难得的锻炼机会");
        return text.substring(start, text.indexOf('\n', start));
    }

    /** Puts {@code draft} into the text area as a paste would, and starts the check. */
    static void checkDraft(Browser browser, String draft) {
        browser.open("/?view=check");
        WebElement area = browser.find("#draft");
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, draft);
        browser.find("#check-submit").click();
        browser.find("#check-ratio");
    }

    @Test
    void aPastedParagraphIsMarkedAndLinkedToItsSource() {
        String paragraph = copiedParagraph(server);
        checkDraft(browser, OWN_OPENING + paragraph + OWN_CLOSING);

        String ratio = browser.find("#check-ratio").getText();
        double percent = Double.parseDouble(ratio.replace("%", ""));
        assertTrue(percent > 50 && percent < 100, ratio);
        List<WebElement> copied = browser.findAll(".check-draft a.copied");
        assertFalse(copied.isEmpty());
        WebElement longest = copied.stream().max((a, b) -> a.getText().length() - b.getText().length()).orElseThrow();
        assertTrue(paragraph.contains(longest.getText()), longest.getText());
        assertTrue(longest.getText().length() > paragraph.length() / 2, longest.getText());
        assertFalse(longest.getText().contains("今年以来"), "the draft's own words stay unmarked");
        assertEquals("1", longest.getDomAttribute("data-source"));
        assertTrue(browser.find(".check-sources li").getText().contains(SPEECH));

        longest.click();
        browser.awaitDocument();
        assertEquals(SPEECH, browser.find(".document-header h1").getText());
        WebElement target = browser.find(".document-text .target");
        assertTrue(browser.inView(target), "the copied place is scrolled into view");
        assertTrue(paragraph.startsWith(target.getText().substring(0, 10)), target.getText());
    }

    @Test
    void aFileOfAnUnsupportedFormatIsRefusedWithTheReasonSaidOnce(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("草稿.xyz"), "一份不知道格式的草稿");
        browser.open("/?view=check");
        browser.find("label[for=check-file]");
        browser.driver.findElement(By.id("check-file")).sendKeys(file.toString());
        String alert = browser.find("#alert").getText();
        assertTrue(alert.contains("不支持"), alert);
        assertEquals(alert.indexOf("不支持的"), alert.lastIndexOf("不支持的"), "the reason once: " + alert);
    }
}
