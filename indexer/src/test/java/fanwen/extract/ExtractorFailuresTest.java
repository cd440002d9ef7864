package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fanwen.extract.ExtractionException.Reason;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorFailuresTest {

    private static Extractor extractor;

    @TempDir
    Path temp;

    @BeforeAll
    static void startTika() {
        extractor = new Extractor(ExtractionLimits.defaults(), 1, false);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void anEmptyFileIsEmpty() {
        assertFails(Reason.EMPTY, "文件为空", () -> extractor.extract(Fixtures.format("empty.txt")));
    }

    @Test
    void aFileOfOnlyWhiteSpaceIsEmpty() throws IOException {
        Path blank = Files.writeString(temp.resolve("blank.txt"), " \r\n\u3000\n\t");
        assertFails(Reason.EMPTY, "文件为空", () -> extractor.extract(blank));
    }

    @Test
    void randomBytesNamedDocxAreCorrupt() {
        assertFails(Reason.CORRUPT, "文件已损坏或格式不正确: ", () -> extractor.extract(Fixtures.format("random-bytes.docx")));
    }

    @Test
    void aTruncatedPdfIsCorrupt() {
        assertFails(Reason.CORRUPT, "文件已损坏或格式不正确: ", () -> extractor.extract(Fixtures.format("truncated.pdf")));
    }

    @Test
    void binaryBytesNamedTxtAreCorrupt() {
        assertFails(Reason.CORRUPT, "不是可识别的文本编码", () -> extractor.extract(copyAs("unknown.xyz", "binary.txt")));
    }

    @Test
    void aPasswordProtectedPdfIsEncrypted() {
        assertFails(Reason.ENCRYPTED, "文件已加密，无法读取", () -> extractor.extract(Fixtures.format("encrypted.pdf")));
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted() {
        assertFails(Reason.ENCRYPTED, "文件已加密，无法读取", () -> extractor.extract(Fixtures.format("encrypted.docx")));
    }

    @Test
    void anUnknownBinaryIsUnsupported() {
        assertFails(Reason.UNSUPPORTED, "不支持的文件格式: .xyz (", () -> extractor.extract(Fixtures.format("unknown.xyz")));
    }

    @Test
    void aZipOfRandomStuffIsUnsupported() {
        assertFails(Reason.UNSUPPORTED, "不支持的文件格式: .zip (application/zip)",
                () -> extractor.extract(Fixtures.format("random-stuff.zip")));
    }

    @Test
    void aProgramIsUnsupported() throws IOException {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        Path exe = Files.write(temp.resolve("setup.exe"), program);
        assertFails(Reason.UNSUPPORTED, "不支持的文件格式: .exe (", () -> extractor.extract(exe));
    }

    @Test
    void aScannedPdfWithoutOcrHasNoTextLayer() {
        assertFails(Reason.NO_TEXT_LAYER, "PDF 没有文本层（扫描件），且未安装 tesseract 中文 OCR (chi_sim)",
                () -> extractor.extract(Fixtures.format("scanned.pdf")));
    }

    @Test
    void anImageWithoutOcrIsUnsupported() throws IOException {
        Path png = temp.resolve("scan.png");
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        assertFails(Reason.UNSUPPORTED, "未安装 tesseract 中文 OCR (chi_sim)", () -> extractor.extract(png));
    }

    @Test
    void aFileOverTheSizeLimitIsTooLarge() {
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxFileBytes(10_240), 1, false)) {
            assertFails(Reason.TOO_LARGE, "文件过大: 100 KB > 10 KB", () -> small.extract(Fixtures.format("zongjie.pdf")));
        }
    }

    @Test
    void anUploadOverTheSizeLimitIsTooLargeWhateverItsDeclaredSize() {
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxFileBytes(10_240), 1, false);
             InputStream upload = Files.newInputStream(Fixtures.format("zongjie.pdf"))) {
            assertFails(Reason.TOO_LARGE, "文件过大: ", () -> small.extract(upload, "总结.pdf", -1));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSizeMessageSaysHowLargeAndTheLimit() {
        assertEquals("文件过大: 210 MB > 100 MB", ExtractionException.tooLarge(210L << 20, 100L << 20).getMessage());
    }

    @Test
    void moreTextThanTheCharacterLimitIsTooManyChars() {
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxChars(100), 1, false)) {
            assertFails(Reason.TOO_MANY_CHARS, "提取文本过长: > 100 字符", () -> small.extract(Fixtures.format("zongjie.docx")));
            assertFails(Reason.TOO_MANY_CHARS, "提取文本过长: > 100 字符", () -> small.extract(Fixtures.format("utf8.txt")));
        }
    }

    @Test
    void aZipBombFailsClearlyInBoundedTimeAndMemory() throws IOException {
        Path bomb = zipBombDocx(temp.resolve("bomb.docx"));
        assertTrue(Files.size(bomb) < 10 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertFails(Reason.TOO_LARGE, "压缩炸弹",
                () -> extractor.extract(bomb)));
    }

    private Path copyAs(String fixture, String name) throws IOException {
        return Files.copy(Fixtures.format(fixture), temp.resolve(name));
    }

    private static void assertFails(Reason reason, String messagePart, org.junit.jupiter.api.function.Executable run) {
        ExtractionException e = assertThrows(ExtractionException.class, run);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    /**
     * A well-formed .docx whose document.xml is one text run of 1 GiB, deflated to about 4 MB: the kind
     * of file that exhausts the heap of a parser which buffers a run.
     */
    private static Path zipBombDocx(Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Target="word/document.xml" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                    <w:body><w:p><w:r><w:t>""");
            byte[] filler = new byte[1 << 20];
            Arrays.fill(filler, (byte) 'a');
            for (int i = 0; i < 1024; i++) {
                zip.write(filler);
            }
        }
        return target;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
    }
}
