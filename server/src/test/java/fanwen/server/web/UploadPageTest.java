package fanwen.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Upload: several files picked at once, each with its own progress and result, a broken one with its reason. */
class UploadPageTest extends BrowserTest {

    static final String NOTICE = """
            关于开展档案数字化工作的通知
            各科室：
            一、工作目标
            年内完成二〇一〇年以来全部文书档案的数字化，建立统一的检索目录。
            二、工作要求
            （一）统筹协调。办公室牵头，各科室指定一名联络员，每月报送进度。
            （二）严格保密管理。涉密档案不得在联网计算机上处理。
            """;

    /** A file named .pdf that is not one: the server must refuse it with a reason and index the rest. */
    static Path brokenPdf(Path folder) throws IOException {
        return Files.writeString(folder.resolve("损坏的报告.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n",
                StandardCharsets.US_ASCII);
    }

    @Test
    void twoFilesOneBrokenEachGetTheirOwnResult(@TempDir Path folder) throws IOException {
        Path good = Files.writeString(folder.resolve("档案数字化通知.txt"), NOTICE);
        Path bad = brokenPdf(folder);
        browser.open("/?view=upload");
        browser.find("label[for=upload-files]");
        browser.driver.findElement(By.id("upload-files")).sendKeys(good + "\n" + bad);
        browser.until(d -> d.findElements(By.cssSelector(".upload-item.indexed, .upload-item.failed")).size() == 2);

        List<WebElement> items = browser.findAll(".upload-item");
        assertEquals("档案数字化通知.txt", items.get(0).findElement(By.cssSelector(".file-name")).getText());
        assertTrue(items.get(0).getDomAttribute("class").contains("indexed"));
        assertEquals("100", items.get(0).findElement(By.tagName("progress")).getDomProperty("value"));
        String failure = items.get(1).findElement(By.cssSelector(".upload-status")).getText();
        assertTrue(items.get(1).getDomAttribute("class").contains("failed"));
        assertTrue(failure.startsWith("失败：") && failure.contains("文件已损坏或格式不正确"), failure);

        items.get(0).findElement(By.linkText("查看文档")).click();
        browser.awaitDocument();
        assertEquals("关于开展档案数字化工作的通知", browser.find(".document-header h1").getText());
    }
}
