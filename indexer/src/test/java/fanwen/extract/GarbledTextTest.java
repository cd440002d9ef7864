package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.extract.ExtractionException.Reason;
import fanwen.model.ExtractionLimits;

class GarbledTextTest {

    private static final Path REPORTS = Path.of("..", "corpus", "reports");

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
    void randomBytesAreNeverTakenForText() throws IOException {
        Random random = new Random(20261128);
        List<String> indexed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] bytes = new byte[2_000 + random.nextInt(30_000)];
            random.nextBytes(bytes);
            byte[] file = i % 2 == 0 ? concat("<html>".getBytes(StandardCharsets.UTF_8), bytes) : bytes;
            String name = "random-" + i + (i % 3 == 0 ? ".txt" : ".html");
            Path path = Files.write(temp.resolve(name), file);
            try {
                Extraction extraction = extractor.extract(path);
                indexed.add(name + ": " + extraction.text().substring(0, Math.min(40, extraction.text().length())));
            } catch (ExtractionException e) {
                assertTrue(e.reason() == Reason.CORRUPT || e.reason() == Reason.EMPTY, e.getMessage());
            }
        }
        assertEquals(List.of(), indexed, "random bytes taken for text");
    }

    @Test
    void theMessageSaysTheContentIsNotText() throws IOException {
        byte[] bytes = new byte[8_000];
        new Random(7).nextBytes(bytes);
        Path path = Files.write(temp.resolve("noise.html"), concat("<html>".getBytes(StandardCharsets.UTF_8), bytes));
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(path));
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("乱码"), e.getMessage());
    }

    @Test
    void ideographsSpreadOverTheWholeBlockAreGarbledCommonOnesAreNot() {
        Random random = new Random(3);
        StringBuilder uniform = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            uniform.append((char) ('\u4E00' + random.nextInt(0x9FFF - 0x4E00)));
        }
        assertTrue(GarbledText.isGarbled(uniform.toString()));
        assertFalse(GarbledText.isGarbled("各级干部要深入基层，了解群众的实际困难，切实把惠民政策落到实处。".repeat(5)));
    }

    @Test
    void everyBundledReportAndEveryTextFixtureReadsAsText() throws IOException, ExtractionException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(REPORTS)) {
            texts = new ArrayList<>(files.filter(Files::isRegularFile).toList());
        }
        assertTrue(texts.size() > 100, "bundled reports found: " + texts.size());
        for (Path text : texts) {
            assertFalse(GarbledText.isGarbled(Files.readString(text)), text.toString());
        }
        for (String fixture : List.of("big5.txt", "gb18030.txt", "gbk.txt", "utf16le-bom.txt", "zongjie.html",
                "zongjie.docx", "zongjie.pdf")) {
            extractor.extract(Fixtures.format(fixture)); // throws if judged garbled
        }
    }

    @Test
    void traditionalClassicalAndForeignTextsAreNotGarbled() {
        assertFalse(GarbledText.isGarbled("各級幹部要深入基層，瞭解群眾的實際困難，切實把惠民政策落到實處。".repeat(4)));
        assertFalse(GarbledText.isGarbled("學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？".repeat(3)));
        assertFalse(GarbledText.isGarbled("The annual work report of the county government, with figures for 2024. ".repeat(3)));
        assertFalse(GarbledText.isGarbled("지방 정부의 연간 업무 보고서와 주요 성과를 정리한 문서입니다. ".repeat(4)));
    }

    @Test
    void japaneseRadicalExportsDatesAndSymbolFontBulletsAreNotGarbled() {
        assertFalse(GarbledText.isGarbled("政府は地域経済の活性化に向けて、新たな支援策を発表した。関係機関と連携し実施する。".repeat(3)),
                "Japanese: kanji GB 2312 lacks, with kana");
        assertFalse(GarbledText.isGarbled("⼀是加强⼯作领导，⼈⼈参与⽂化建设，⼤⼒推进⽇常管理。".repeat(4)),
                "a PDF export writing Kangxi radicals for 一 工 人 文 大 力 日");
        assertFalse(GarbledText.isGarbled("二〇二四年十二月三十一日 二〇二五年一月一日 ".repeat(6)), "〇 in dates");
        assertFalse(GarbledText.isGarbled("\uF0B7 加强组织领导，落实工作责任。\n".repeat(8)), "Word's Symbol-font bullets");
    }

    @Test
    void shortTextsAreNotJudged() {
        assertFalse(GarbledText.isGarbled("\uE000\uE001\uFFFD龘"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
