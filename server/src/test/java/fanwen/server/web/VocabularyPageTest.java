package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;

/**
 * The dictionary view on a server with an API key: a term typed and saved is one word in the next search (its
 * snippets mark it whole once the documents holding it were analysed again); synonyms are saved and shown again
 * after a reload; a bad term is refused in place with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyPageTest {

    private static final String KEY = "dictionary-key";
    private static final String TERM = "星火督办台";

    private LiveServer server;
    private Browser browser;

    @BeforeAll
    void start(@TempDir Path folder) throws IOException {
        Chromium.requireInstalled();
        server = LiveServer.emptyWithKey(KEY);
        server.index(Files.writeString(folder.resolve("督办台通知.txt"),
                "关于启用星火督办台的通知\n一、总体要求\n即日起，各科室通过星火督办台报送重点任务进展，开展隐患排查。\n"));
        browser = new Browser(server.baseUrl());
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
            Engine.loadDictionaries(new DataFolder(Path.of("target", "no-vocabulary"))); // later tests without it
        }
    }

    @Test
    void aTermSavedOnThePageIsOneWordInTheNextSearch() {
        openTheView();
        assertEquals("page", browser.find(".site-nav a[data-view=dictionary]").getDomAttribute("aria-current"));
        WebElement terms = browser.find("#dictionary-terms");
        terms.sendKeys(TERM + "\n");
        browser.find("#dictionary-terms-save").click();
        enterKey();
        browser.until(d -> d.findElement(By.id("dictionary-terms-status")).getText().equals("已保存 1 个词条。"));
        browser.until(d -> server.get("/api/v1/health").get("reanalysing").isNull());

        browser.open("/?q=" + TERM);
        browser.awaitResults();
        List<String> marked = browser.findAll(".snippet mark").stream().map(WebElement::getText).toList();
        assertTrue(!marked.isEmpty() && marked.stream().allMatch(TERM::equals), marked.toString());
    }

    @Test
    void synonymsAreSavedAndShownAgainAfterAReload() {
        openTheView();
        WebElement groups = browser.find("#synonym-groups");
        groups.clear();
        groups.sendKeys("摸底 排查\n");
        browser.find("#synonym-groups-save").click();
        enterKey();
        browser.until(d -> d.findElement(By.id("synonym-groups-status")).getText().equals("已保存 1 组同义词。"));
        assertEquals("摸底，排查", groups.getDomProperty("value"));

        browser.driver.navigate().refresh();
        browser.until(d -> "摸底，排查".equals(d.findElement(By.id("synonym-groups")).getDomProperty("value")));
        browser.open("/?q=摸底");
        browser.awaitResults();
        assertEquals(1, browser.findAll(".hit").size(), "the document written with 排查");
    }

    @Test
    void aBadTermIsRefusedInPlaceWithTheReason() {
        openTheView();
        browser.find("#dictionary-terms").sendKeys("\n5G基站");
        browser.find("#dictionary-terms-save").click();
        enterKey();
        WebElement status = browser.find("#dictionary-terms-status.error-text");
        assertTrue(status.getText().startsWith("未保存：") && status.getText().contains("只能由汉字组成"),
                status.getText());
    }

    /** The view with its lists loaded, in a tab that has no key yet (each test enters it). */
    private void openTheView() {
        browser.open("/?view=dictionary");
        browser.script("sessionStorage.clear()");
        browser.until(d -> "false".equals(d.findElement(By.cssSelector("section.vocabulary-view"))
                .getDomAttribute("aria-busy")));
    }

    private void enterKey() {
        WebElement input = browser.find("dialog.key-dialog #api-key");
        input.sendKeys(KEY);
        browser.find("dialog.key-dialog button[value=ok]").click();
    }
}
