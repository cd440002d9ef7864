package fanwen.structure.gongwen;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fanwen.extract.Extraction;
import fanwen.extract.Extractor;

class GongwenElementsTest {

    private static final String NOTICE = """
            000123
            机密★5年
            特急
            吉林省人民政府办公厅文件
            吉政办发〔2019〕8号
            吉林省人民政府办公厅关于加强下派挂职干部
            管理工作的通知
            各市（州）人民政府，各县（市）人民政府，省政府各厅委办：
            为加强下派挂职干部管理，现将有关事项通知如下。
            — 1 —
            吉林省人民政府办公厅
            一、提高认识。各地要高度重视。
            附件：1. 挂职干部花名册
                  2. 联系人名单
            吉林省人民政府办公厅
            2019年3月5日
            （此件公开发布）
            — 2 —
            吉林省人民政府办公厅
            抄送：省委各部门，省人大常委会办公厅。
            吉林省人民政府办公厅　　　　2019年3月6日印发
            — 3 —
            """;

    @Test
    void theElementsOfANoticeAreRecognised() {
        GongwenElements e = GongwenElements.recognize(NOTICE);
        assertAll(
                () -> assertEquals(Optional.of("000123"), e.copyNumber()),
                () -> assertEquals(Optional.of("机密★5年"), e.securityLevel()),
                () -> assertEquals(Optional.of("特急"), e.urgency()),
                () -> assertEquals(Optional.of("吉政办发〔2019〕8号"), e.docNumber()),
                () -> assertEquals(Optional.of("吉政办发2019-8"), e.docNumberKey()),
                () -> assertEquals(Optional.of("吉林省人民政府办公厅关于加强下派挂职干部管理工作的通知"), e.title()),
                () -> assertEquals(Optional.of("各市（州）人民政府，各县（市）人民政府，省政府各厅委办"), e.recipients()),
                () -> assertEquals(List.of("挂职干部花名册", "联系人名单"), e.attachments()),
                () -> assertEquals(List.of("吉林省人民政府办公厅"), e.issuers()),
                () -> assertEquals(Optional.of(LocalDate.of(2019, 3, 5)), e.date()),
                () -> assertEquals(Optional.of("此件公开发布"), e.note()),
                () -> assertEquals(Optional.of("省委各部门，省人大常委会办公厅"), e.cc()),
                () -> assertEquals(Optional.of("吉林省人民政府办公厅"), e.printedBy()),
                () -> assertEquals(Optional.of(LocalDate.of(2019, 3, 6)), e.printedDate()),
                () -> assertEquals(Optional.empty(), e.signer()));
    }

    @Test
    void pageNumbersAndTheRunningHeaderAreRemovedAndTheirPlacesKept() {
        GongwenElements e = GongwenElements.recognize(NOTICE);
        assertFalse(e.text().contains("— 2 —"), e.text());
        assertEquals(1, e.text().lines().filter("吉林省人民政府办公厅"::equals).count(), e.text()); // the signature stays
        assertEquals(5, e.removed().size()); // three page numbers, the running header twice
        int inStripped = e.text().indexOf("一、提高认识");
        assertEquals(NOTICE.indexOf("一、提高认识"),
                PageFurniture.strip(NOTICE).originalOffset(inStripped));
    }

    @Test
    void aTitleRepeatedInATextWithoutPageNumbersIsNoRunningHeader() {
        String summary = "2015年挂职锻炼工作总结\n一、主要工作\n走访了十二个行政村。\n"
                + "2015年挂职锻炼工作总结\n一、主要工作\n协调推进了三个重点项目。\n";
        GongwenElements e = GongwenElements.recognize(summary);
        assertEquals(summary, e.text());
        assertTrue(e.removed().isEmpty(), e.removed().toString());
    }

    @Test
    void aReportNamesItsSignerAndAChineseNumeralDateIsRead() {
        GongwenElements e = GongwenElements.recognize("""
                长春市人民政府文件
                长府发[2018]26号　　　　　　签发人：周文斌
                长春市人民政府关于开展校园食品安全专项整治的报告
                吉林省人民政府：
                现将有关情况报告如下。
                长春市人民政府
                二〇一八年六月十六日
                """);
        assertEquals(Optional.of("周文斌"), e.signer());
        assertEquals(Optional.of("长府发[2018]26号"), e.docNumber());
        assertEquals(Optional.of(LocalDate.of(2018, 6, 16)), e.date());
        assertEquals(Optional.of("吉林省人民政府"), e.recipients());
    }

    @Test
    void aDocNumberQuotedInTheBodyIsNotTheDocumentsOwn() {
        GongwenElements e = GongwenElements.recognize("""
                关于同意设立挂职锻炼基地的批复
                长春市人民政府：
                你市《关于设立挂职锻炼基地的请示》（长府请〔2019〕3号）收悉。经研究，同意设立。
                """);
        assertEquals(Optional.empty(), e.docNumber());
        assertEquals(Optional.of("关于同意设立挂职锻炼基地的批复"), e.title());
    }

    @Test
    void aTextThatIsNoGongwenYieldsNothing() {
        GongwenElements e = GongwenElements.recognize("2023年度挂职锻炼工作总结\n按照组织安排，本人于三月到镇里挂职。\n");
        assertEquals(Optional.empty(), e.docNumber());
        assertEquals(Optional.empty(), e.date());
        assertTrue(e.issuers().isEmpty());
    }

    /** Fixtures from the evaluation set (bench/gongwen), extracted for real; their truth is truth.tsv beside them. */
    @ParameterizedTest
    @ValueSource(strings = {"gw02.docx", "gw04.pdf", "gw05.ofd", "gw13.pdf", "gw17.docx"})
    void theFixturesElementsMatchTheirTruth(String file) throws Exception {
        Path dir = Path.of(getClass().getResource("/gongwen/truth.tsv").toURI()).getParent();
        String id = file.substring(0, file.indexOf('.'));
        List<String> header = List.of(Files.readAllLines(dir.resolve("truth.tsv")).get(0).split("\t", -1));
        String[] truth = Files.readAllLines(dir.resolve("truth.tsv")).stream().filter(l -> l.startsWith(id + "\t"))
                .findFirst().orElseThrow().split("\t", -1);
        GongwenElements e;
        try (Extractor extractor = new Extractor()) {
            Extraction extraction = extractor.extract(dir.resolve(file));
            e = GongwenElements.recognize(extraction.text(), extraction.paged());
        }
        GongwenElements found = e;
        assertAll(
                () -> assertEquals(truth[header.indexOf("doc_number")], found.docNumber().orElse("")),
                () -> assertEquals(truth[header.indexOf("issuer")], String.join("|", found.issuers())),
                () -> assertEquals(truth[header.indexOf("date")], found.date().map(LocalDate::toString).orElse("")),
                () -> assertEquals(truth[header.indexOf("title")], found.title().orElse("")),
                () -> assertEquals(truth[header.indexOf("signer")], found.signer().orElse("")),
                () -> assertEquals(truth[header.indexOf("security_level")], found.securityLevel().orElse("")),
                () -> assertFalse(found.text().matches("(?s).*^— \\d+ —$.*")));
    }
}
