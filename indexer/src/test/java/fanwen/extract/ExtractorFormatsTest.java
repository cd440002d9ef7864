package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fanwen.model.ExtractionLimits;

class ExtractorFormatsTest {

    private static final String TITLE = "2023年度挂职锻炼工作总结";
    private static Extractor extractor;

    @BeforeAll
    static void startTika() {
        extractor = new Extractor(ExtractionLimits.defaults(), 1, false);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zongjie.doc", "zongjie.docx", "zongjie.odt", "zongjie.rtf", "zongjie.pdf",
            "zongjie.html", "zongjie.md", "gbk-declared.html"})
    void eachDocumentFormatYieldsItsChineseText(String file) throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format(file));
        assertAll(
                () -> assertTrue(extraction.text().contains("挂职锻炼"), extraction.text()),
                () -> assertTrue(extraction.text().contains("项目编号为PD1728的智慧农业平台")
                        || extraction.text().contains("项目编号为 PD1728 的智慧农业平台"), extraction.text()),
                () -> assertFalse(extraction.ocr()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zongjie.doc", "zongjie.docx", "zongjie.odt", "zongjie.rtf", "zongjie.pdf", "zongjie.html"})
    void theTitleTheFileDeclaresIsKept(String file) throws Exception {
        assertEquals(Optional.of(TITLE), extractor.extract(Fixtures.format(file)).title());
    }

    @Test
    void theHeadingLadderOfAWordFileStaysOnItsOwnLines() throws Exception {
        List<String> lines = extractor.extract(Fixtures.format("zongjie.docx")).text().lines().toList();
        assertTrue(lines.containsAll(List.of(TITLE, "一、主要工作情况", "（一）坚持学习，不断提高政治素养")), lines.toString());
    }

    @Test
    void aMarkdownLawReadsAsTheTextItShowsWithItsHeadingsOnLinesOfTheirOwn() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("law-tongzhi.md"));
        List<String> lines = extraction.text().lines().toList();
        assertEquals("text/markdown", extraction.mediaType());
        assertFalse(extraction.text().contains("INFO END") || extraction.text().contains("<!--"), extraction.text());
        assertFalse(extraction.text().contains("#"), extraction.text());
        assertTrue(lines.containsAll(List.of("关于职工全年月平均工作时间和工资折算问题的通知", "劳社部发[2008]3号",
                "一、制度工作时间的计算", "二、日工资、小时工资的折算")), lines.toString());
    }

    @Test
    void aPdfParagraphComesOutAsOneLine() throws Exception {
        String text = extractor.extract(Fixtures.format("zongjie.pdf")).text();
        assertTrue(text.lines().anyMatch(line -> line.equals("1、推进农业信息化项目建设。牵头完成了项目编号为PD1728的智慧农业平台建设，"
                + "实现了全县十二个乡镇农业数据的实时汇聚和共享，得到了上级部门的充分肯定。")), text);
        assertTrue(text.lines().anyMatch(TITLE::equals), text);
    }

    @Test
    void aWpsFileThatIsAWord97FileIsReadAsWord() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("zongjie-as-doc.wps"));
        assertEquals("application/msword", extraction.mediaType());
        assertTrue(extraction.text().contains("挂职锻炼"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8.txt", "utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "gbk.txt"})
    void eachEncodingOfTheSameTextDecodesExactly(String file) throws Exception {
        String expected = Files.readString(Fixtures.format("utf8.txt")).strip();
        Extraction extraction = extractor.extract(Fixtures.format(file));
        assertEquals(expected, extraction.text());
        assertEquals("text/plain", extraction.mediaType());
    }

    @Test
    void aGbkTextFileIsDecoded() throws Exception {
        assertEquals(Optional.of("GB18030"), extractor.extract(Fixtures.format("gbk.txt")).charset());
    }

    @Test
    void aGb18030TextFileKeepsACharacterBeyondGbk() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("gb18030.txt"));
        assertTrue(extraction.text().endsWith("附：吉祥的“𠮷”字不在 GBK 中。"), extraction.text());
        assertTrue(extraction.text().startsWith(Files.readString(Fixtures.format("utf8.txt")).strip()));
    }

    @Test
    void aBig5TextFileIsDecoded() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("big5.txt"));
        assertEquals(Optional.of("Big5"), extraction.charset());
        assertTrue(extraction.text().startsWith("二零二三年度掛職鍛煉工作總結\n\n按照組織安排，本人於二零二三年三月"), extraction.text());
        assertTrue(extraction.text().endsWith("珍惜掛職鍛煉的寶貴機會，虛心學習，主動作為。"), extraction.text());
    }

    @Test
    void anHtmlPageDeclaringGbkIsReadAsGb18030() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("gbk-declared.html"));
        assertEquals(Optional.of("GB18030"), extraction.charset());
        assertTrue(extraction.text().contains("附：吉祥的“𠮷”字不在 GBK 中"), extraction.text());
    }

    @Test
    void anUploadIsExtractedLikeTheFileItCameFrom() throws Exception {
        Path pdf = Fixtures.format("zongjie.pdf");
        try (InputStream upload = Files.newInputStream(pdf)) {
            assertEquals(extractor.extract(pdf), extractor.extract(upload, "总结.pdf", Files.size(pdf)));
        }
        try (InputStream upload = Files.newInputStream(Fixtures.format("gbk.txt"))) {
            assertTrue(extractor.extract(upload, "总结.txt", -1).text().contains("挂职锻炼"));
        }
    }

    @Test
    void aRealGongwenDocxIsRead() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("gongwen_template_lite/out.docx"));
        assertTrue(extraction.text().length() > 1000);
        assertEquals(Optional.of("测试文段"), extraction.title());
    }

    /**
     * The reference text of a real 通知 has one paragraph per line; the PDF has its lines. Share of
     * reference sentences (split after 。！？；) found verbatim in the extracted text: measured 37/47 with
     * the line joiner (6/47 without); the misses are all but one headings whose 。 the reference adds and
     * the PDF lacks, so ignoring a final 。 gives 46/47.
     */
    @Test
    void aRealGovernmentPdfMatchesItsReferenceText() throws Exception {
        String text = extractor.extract(Fixtures.format("govdoc_cn/397.pdf")).text();
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readString(Fixtures.format("govdoc_cn/397.txt")).split("\n")) {
            for (String sentence : line.split("(?<=[。！？；])")) {
                if (sentence.strip().length() >= 4) {
                    sentences.add(sentence.strip());
                }
            }
        }
        long verbatim = sentences.stream().filter(text::contains).count();
        long withoutFinalStop = sentences.stream().filter(s -> text.contains(s.replaceAll("。$", ""))).count();
        System.out.printf("397.pdf: %d/%d reference sentences verbatim, %d/%d ignoring a final 。%n",
                verbatim, sentences.size(), withoutFinalStop, sentences.size());
        assertTrue(verbatim >= 0.75 * sentences.size(), verbatim + "/" + sentences.size());
        assertTrue(withoutFinalStop >= 0.95 * sentences.size(), withoutFinalStop + "/" + sentences.size());
    }

    @Test
    void supportedExtensionsNameTheDocumentFormats() {
        assertEquals(java.util.Set.of("txt", "text", "md", "markdown", "doc", "docx", "wps", "et", "dps", "ofd", "rtf", "odt", "pdf", "html",
                "htm"),
                Extractor.supportedExtensions());
    }
}
