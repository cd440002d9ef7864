package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.extract.ExtractionException.Reason;
import fanwen.model.ExtractionLimits;

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
    void randomBytesNamedDocxAreCorruptAndTheParsersWordsAreKeptApart() {
        ExtractionException e = assertFails(Reason.CORRUPT, "文件已损坏或格式不正确，无法读取。请用原软件",
                () -> extractor.extract(Fixtures.format("random-bytes.docx")));
        assertFalse(e.detail().isBlank());
        assertFalse(e.getMessage().contains(e.detail()), e.getMessage());
    }

    @Test
    void aTruncatedPdfIsCorruptWithPdfBoxsWordsAsTheDetail() {
        ExtractionException e = assertFails(Reason.CORRUPT, "文件已损坏或格式不正确，无法读取。",
                () -> extractor.extract(Fixtures.format("truncated.pdf")));
        assertTrue(e.detail().matches("\\p{ASCII}+"), e.detail());
        assertEquals(ExtractionException.corrupt("whatever the parser said", null).getMessage(), e.getMessage());
    }

    @Test
    void aTruncatedDocxIsCorrupt() {
        assertFails(Reason.CORRUPT, "文件已损坏或格式不正确", () -> extractor.extract(Fixtures.format("truncated.docx")));
    }

    @Test
    void binaryBytesNamedTxtAreCorrupt() {
        assertFails(Reason.CORRUPT, "编码无法识别", () -> extractor.extract(copyAs("unknown.xyz", "binary.txt")));
    }

    @Test
    void aPasswordProtectedPdfIsEncrypted() {
        assertFails(Reason.ENCRYPTED, "文件已加密", () -> extractor.extract(Fixtures.format("encrypted.pdf")));
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted() {
        assertFails(Reason.ENCRYPTED, "文件已加密", () -> extractor.extract(Fixtures.format("encrypted.docx")));
    }

    @Test
    void anUnknownBinaryIsUnsupported() {
        assertFails(Reason.UNSUPPORTED, "不支持这种文件格式（.xyz）", () -> extractor.extract(Fixtures.format("unknown.xyz")));
    }

    @Test
    void aZipOfRandomStuffIsUnsupportedWithItsMediaTypeAsTheDetail() {
        ExtractionException e = assertFails(Reason.UNSUPPORTED, "不支持这种文件格式（.zip）",
                () -> extractor.extract(Fixtures.format("random-stuff.zip")));
        assertEquals("application/zip", e.detail());
    }

    @Test
    void aProgramIsUnsupported() throws IOException {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        Path exe = Files.write(temp.resolve("setup.exe"), program);
        assertFails(Reason.UNSUPPORTED, "不支持这种文件格式（.exe）", () -> extractor.extract(exe));
    }

    @Test
    void aScannedPdfWithoutOcrHasNoTextLayer() {
        assertFails(Reason.NO_TEXT_LAYER, "这是扫描件 PDF，没有文字层，而本机未安装 Tesseract 中文识别（chi_sim）",
                () -> extractor.extract(Fixtures.format("scanned.pdf")));
    }

    @Test
    void anImageWithoutOcrIsUnsupported() throws IOException {
        Path png = temp.resolve("scan.png");
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        assertFails(Reason.UNSUPPORTED, "未安装 Tesseract 中文识别（chi_sim）", () -> extractor.extract(png));
    }

    @Test
    void aFileOverTheSizeLimitIsTooLarge() {
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxFileBytes(10_240), 1, false)) {
            assertFails(Reason.TOO_LARGE, "文件过大（100 KB，上限 10 KB）", () -> small.extract(Fixtures.format("zongjie.pdf")));
        }
    }

    @Test
    void anUploadOverTheSizeLimitIsTooLargeWhateverItsDeclaredSize() {
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxFileBytes(10_240), 1, false);
             InputStream upload = Files.newInputStream(Fixtures.format("zongjie.pdf"))) {
            assertFails(Reason.TOO_LARGE, "文件过大（", () -> small.extract(upload, "总结.pdf", -1));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSizeMessageSaysHowLargeAndTheLimit() {
        String message = ExtractionException.tooLarge(210L << 20, 100L << 20).getMessage();
        assertTrue(message.startsWith("文件过大（210 MB，上限 100 MB）。"), message);
    }

    @Test
    void moreTextThanTheCharacterLimitIsTooManyChars() {
        try (Extractor small = new Extractor(ExtractionLimits.defaults().withMaxChars(100), 1, false)) {
            assertFails(Reason.TOO_MANY_CHARS, "超过 100 字符的上限", () -> small.extract(Fixtures.format("zongjie.docx")));
            assertFails(Reason.TOO_MANY_CHARS, "超过 100 字符的上限", () -> small.extract(Fixtures.format("utf8.txt")));
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

    @Test
    void everyFailureSaysInChineseWhatHappenedAndWhatToDo() {
        Map<Reason, List<ExtractionException>> examples = Map.ofEntries(
                Map.entry(Reason.EMPTY, List.of(ExtractionException.empty())),
                Map.entry(Reason.CORRUPT, List.of(ExtractionException.corrupt(
                        "Missing root object specification in trailer.",
                        null), ExtractionException.undecodable(), ExtractionException.garbled())),
                Map.entry(Reason.UNSUPPORTED, List.of(ExtractionException.unsupported("a.xyz", "application/octet-stream"),
                        ExtractionException.imageWithoutOcr("scan.png", "image/png"))),
                Map.entry(Reason.ENCRYPTED, List.of(ExtractionException.encrypted(new IOException("password required")))),
                Map.entry(Reason.TOO_LARGE, List.of(ExtractionException.tooLarge(210L << 20, 100L << 20),
                        ExtractionException.bomb(null), ExtractionException.parserOutOfMemory(512L << 20))),
                Map.entry(Reason.TOO_MANY_CHARS, List.of(ExtractionException.tooManyChars(100))),
                Map.entry(Reason.TIMEOUT, List.of(ExtractionException.timeout(Duration.ofSeconds(60)))),
                Map.entry(Reason.BUSY, List.of(ExtractionException.busy(2, Duration.ofSeconds(120)))),
                Map.entry(Reason.CRASHED, List.of(ExtractionException.parserCrashed("被信号 9 终止"))),
                Map.entry(Reason.UNAVAILABLE, List.of(ExtractionException.parserUnavailable(3, "Cannot run program"))),
                Map.entry(Reason.NO_TEXT_LAYER, List.of(ExtractionException.noTextLayer("PDF"),
                        ExtractionException.noTextLayer("OFD"), ExtractionException.noTextFound())),
                Map.entry(Reason.IO, List.of(ExtractionException.io(new IOException("Permission denied")))));
        assertEquals(EnumSet.allOf(Reason.class), examples.keySet(), "an example for every reason");
        examples.forEach((reason, exceptions) -> exceptions.forEach(e -> {
            String message = e.getMessage();
            assertEquals(reason, e.reason());
            assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(message.codePointAt(0)), message);
            assertTrue(message.contains("。请") && message.endsWith("。"), "says what to do: " + message);
            assertTrue(e.detail().isEmpty() || !message.contains(e.detail()), message);
        }));
        assertEquals("Missing root object specification in trailer.",
                examples.get(Reason.CORRUPT).get(0).detail());
    }

    @Test
    void theReasonMessageAndDetailSurviveJavaSerialization() throws Exception {
        ExtractionException sent = ExtractionException.corrupt("Missing root object specification in trailer.",
                new IOException("Missing root object specification in trailer."));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ExtractionException received = (ExtractionException) in.readObject();
            assertEquals(sent.reason(), received.reason());
            assertEquals(sent.getMessage(), received.getMessage());
            assertEquals(sent.detail(), received.detail());
        }
    }

    private static ExtractionException assertFails(Reason reason, String messagePart,
                                                   org.junit.jupiter.api.function.Executable run) {
        ExtractionException e = assertThrows(ExtractionException.class, run);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        return e;
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
