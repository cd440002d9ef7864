package fanwen.server.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test class of the web page: one Chromium for the class, on the run's server with the bundled corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(CorpusServerExtension.class)
abstract class BrowserTest {

    LiveServer server;
    Browser browser;

    @BeforeAll
    final void openBrowser(LiveServer corpusServer) {
        server = corpusServer;
        browser = new Browser(server.baseUrl());
    }

    @AfterAll
    final void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
