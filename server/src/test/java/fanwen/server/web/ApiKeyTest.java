package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** On a server with an API key, the page asks for it once, keeps it for the tab, and asks again when it is wrong. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyTest {

    private static final String KEY = "open-sesame";

    private LiveServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        Chromium.requireInstalled();
        server = LiveServer.emptyWithKey(KEY);
        browser = new Browser(server.baseUrl());
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theKeyIsAskedOnceAndAskedAgainWhenWrong(@TempDir Path folder) throws IOException {
        browser.open("/?view=upload");
        browser.until(d -> d.findElement(By.cssSelector(".key-line")).getText().contains("需要 API 密钥"));

        upload(Files.writeString(folder.resolve("一.txt"), UploadPageTest.NOTICE));
        enterKey("wrong-key");
        WebElement again = browser.find("dialog.key-dialog");
        assertTrue(again.getText().contains("密钥不正确"), again.getText());
        enterKey(KEY);
        browser.until(d -> d.findElements(By.cssSelector(".upload-item.indexed")).size() == 1);

        upload(Files.writeString(folder.resolve("二.txt"), "节能降耗倡议书\n一、随手关灯，人走机关。\n二、夏季空调不低于二十六度。\n"));
        browser.until(d -> d.findElements(By.cssSelector(".upload-item.indexed")).size() == 2);
        assertTrue(browser.findAll("dialog.key-dialog").isEmpty(), "the key is kept for the tab");
        assertEquals(KEY, browser.script("return sessionStorage.getItem('fanwen.apiKey')"));
    }

    private void upload(Path file) {
        browser.driver.findElement(By.id("upload-files")).sendKeys(file.toString());
    }

    private void enterKey(String key) {
        WebElement input = browser.find("dialog.key-dialog #api-key");
        input.clear();
        input.sendKeys(key);
        browser.find("dialog.key-dialog button[value=ok]").click();
    }
}
