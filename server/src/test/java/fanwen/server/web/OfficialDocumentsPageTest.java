package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fanwen.extract.TestFormats;

/**
 * Official documents on the page: OFD and Kingsoft WPS files uploaded through it and found by a phrase only each
 * holds; a 文号 in another bracket style finds its document first; 发文机关 is a filter; the document view lists the
 * 公文 elements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialDocumentsPageTest {

    private LiveServer server;
    private Browser browser;

    @BeforeAll
    void uploadTheFormatsThroughThePage(@TempDir Path folder) throws IOException {
        Chromium.requireInstalled();
        server = LiveServer.empty();
        browser = new Browser(server.baseUrl());
        List<String> paths = new ArrayList<>();
        for (String fixture : List.of("formats/ofd/tongzhi.ofd", "formats/wps/guazhi-as-xls.et",
                "formats/wps/zongjie-as-docx.wps", "gongwen/gw04.pdf", "gongwen/gw05.ofd")) {
            try (InputStream in = TestFormats.class.getResourceAsStream("/" + fixture)) {
                Path file = folder.resolve(fixture.substring(fixture.lastIndexOf('/') + 1));
                Files.copy(in, file);
                paths.add(file.toString());
            }
        }
        browser.open("/?view=upload");
        browser.find("label[for=upload-files]");
        browser.driver.findElement(By.id("upload-files")).sendKeys(String.join("\n", paths));
        browser.until(d -> d.findElements(By.cssSelector(".upload-item.indexed")).size() == paths.size());
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

    private List<String> hitTitles(String query) {
        browser.open("/?q=" + LiveServer.encode(query));
        browser.awaitResults();
        return browser.findAll(".document-hit .hit-title").stream().map(WebElement::getText).toList();
    }

    @Test
    void eachFormatIsFoundByAPhraseOnlyItHolds() {
        assertEquals(List.of("国务院办公厅关于加强下派挂职干部管理的通知"), hitTitles("\"加强下派挂职干部管理\""));
        assertEquals(1, hitTitles("欧阳振华").size());
        assertEquals(List.of("2023年度挂职锻炼工作总结"), hitTitles("\"2023年度挂职锻炼工作总结\""));
        assertEquals(List.of("梅河口市人民政府办公室关于做好高校毕业生就业创业的请示"), hitTitles("\"做好高校毕业生就业创业\""));
    }

    @Test
    void aDocNumberFindsItsDocumentWhichListsItsElements() {
        List<String> titles = hitTitles("长府发[2018]26号");
        assertEquals("长春市人民政府关于开展校园食品安全专项整治的报告", titles.get(0), titles.toString());
        browser.find(".document-hit .hit-title a").click();
        browser.awaitDocument();
        String meta = browser.find(".document-meta").getText();
        for (String shown : List.of("发文字号", "长府发〔2018〕26号", "发文机关", "长春市人民政府", "签发人", "周文斌",
                "紧急程度", "加急", "密级", "秘密", "印发", "2018-06-17")) {
            assertTrue(meta.contains(shown), shown + " in " + meta);
        }
    }

    @Test
    void anIssuingOrganIsAFilterWithItsChip() {
        hitTitles("工作");
        WebElement changchun = browser.findAll(".facet[aria-label=发文机关] a.facet-value").stream()
                .filter(a -> a.findElement(By.cssSelector(".facet-label")).getText().equals("长春市人民政府"))
                .findFirst().orElseThrow(() -> new AssertionError("no 长春市人民政府 among the 发文机关"));
        changchun.click();
        browser.until(d -> "长春市人民政府".equals(browser.param("issuer")));
        browser.awaitResults();
        assertEquals(List.of("长春市人民政府关于开展校园食品安全专项整治的报告"),
                browser.findAll(".document-hit .hit-title").stream().map(WebElement::getText).toList());
        assertTrue(browser.find(".filter-chips").getText().contains("发文机关：长春市人民政府"));
    }
}
