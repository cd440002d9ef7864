package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page on a server of its own: still indexing its first corpus, then an empty library, then gone
 * (stopped after the page loaded).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerProblemsTest {

    private LiveServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        Chromium.requireInstalled();
        server = LiveServer.empty();
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
    void indexingIsAnnouncedUntilItEnds() {
        server.state().indexingStarted(12);
        browser.open("/");
        assertTrue(browser.find("#notice").getText().contains("正在建立索引：已处理 0 / 12 个文件"));
        server.state().indexingFinished();
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("notice")));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it stops the server
    void anEmptyLibraryInvitesAnUploadAndAServerThatIsGoneIsReported() throws IOException {
        browser.open("/");
        WebElement welcome = browser.find(".welcome-state");
        browser.until(d -> welcome.getText().contains("资料库还是空的"));

        server.close();
        server = null;
        WebElement box = browser.find("#q");
        box.sendKeys("挂职锻炼", Keys.ENTER);
        WebElement alert = browser.find("#alert");
        assertTrue(alert.getText().contains("无法连接到范文服务器"), alert.getText());
        assertTrue(browser.find("#alert button").getText().contains("重试"));
        assertTrue(browser.find("#result-summary").getText().contains("检索失败"));
    }
}
