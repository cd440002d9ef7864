package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The page on a server of its own: an empty library, then the server gone (stopped after the page loaded). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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
