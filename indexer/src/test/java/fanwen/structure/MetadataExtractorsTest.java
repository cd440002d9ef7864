package fanwen.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fanwen.model.DocumentType;

class MetadataExtractorsTest {
    private final DateExtractor dates = new DateExtractor();
    private final TypeClassifier types = new TypeClassifier();
    private final TitleInferrer titles = new TitleInferrer();

    @Test
    void datesAreReadInTheirCommonWritings() {
        assertEquals(Optional.of(LocalDate.of(2023, 3, 1)), dates.extract("", "正文很长的一段话。\n二〇二三年三月一日\n", "").date());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 1)), dates.extract("", "正文。\n2023.3.1\n", "").date());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 1)), dates.extract("", "正文。\n２０２３年３月１日\n", "").date());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 1)), dates.extract("", "时间：2023-03-01\n正文。\n", "").date());
        assertEquals(Optional.of(LocalDate.of(2022, 10, 16)),
                dates.extract("", "高举旗帜\n（2022年10月16日）\n同志们：\n", "").date());
    }

    @Test
    void theYearComesFromTheTitleWhenThereIsNoDate() {
        assertEquals(Optional.of(2015), dates.extract("2015年上半年工作总结", "上半年，我们做了很多工作。", "").year());
        assertEquals(Optional.of(2015), dates.extract("某某局2015年度工作报告", "正文。", "").year());
        assertEquals(Optional.of(2026), dates.extract("", "正文。", "2026_广东省_政府工作报告.txt").year());
    }

    @Test
    void implausibleYearsAreRejected() {
        assertEquals(Optional.empty(), dates.extract("1800年工作总结", "正文。\n1800年3月1日\n", "").year());
        assertEquals(Optional.empty(), dates.extract("2999年工作总结", "正文。", "").year());
    }

    @Test
    void theRightmostGenreWordOfTheTitleDecidesTheType() {
        assertEquals(Optional.of(DocumentType.NOTICE), TypeClassifier.byTitle("关于印发《2024年工作实施方案》的通知"));
        assertEquals(Optional.of(DocumentType.OTHER), TypeClassifier.byTitle("第十四届全国人民代表大会第三次会议关于政府工作报告的决议"));
        assertEquals(Optional.of(DocumentType.SURVEY), TypeClassifier.byTitle("关于农村养老服务的调研报告"));
        assertEquals(Optional.of(DocumentType.BRIEFING), TypeClassifier.byTitle("2023年度个人述职报告"));
        assertEquals(Optional.of(DocumentType.SPEECH), TypeClassifier.byTitle("在全市经济工作会议上的讲话"));
        assertEquals(Optional.of(DocumentType.SUMMARY), TypeClassifier.byTitle("2015年上半年工作总结"));
        assertEquals(Optional.of(DocumentType.OPINION), TypeClassifier.byTitle("关于加快发展养老服务业的指导意见"));
        assertEquals(Optional.of(DocumentType.PLAN), TypeClassifier.byTitle("某县乡村振兴实施方案"));
        assertEquals(Optional.of(DocumentType.REGULATION), TypeClassifier.byTitle("中华人民共和国立法法"));
        assertEquals(Optional.of(DocumentType.REGULATION),
                TypeClassifier.byTitle("最高人民法院关于适用《中华人民共和国民法典》婚姻家庭编的解释（二）"));
        assertEquals(Optional.of(DocumentType.REPORT), TypeClassifier.byTitle("北京共产主义组织的报告 (一大)"));
        assertEquals(Optional.empty(), TypeClassifier.byTitle("工作方法与做法"));
    }

    @Test
    void withoutATitleTheOpeningDecidesTheType() {
        assertEquals(DocumentType.SUMMARY, types.classify("", "根据要求，现将今年工作总结如下：", List.of()));
        assertEquals(DocumentType.BRIEFING, types.classify("", "尊敬的各位领导：现将我局工作汇报如下。", List.of()));
        assertEquals(DocumentType.SPEECH, types.classify("", "同志们：\n今天我们召开这次会议。", List.of()));
    }

    @Test
    void theTitleIsTheFirstShortLineOrTheCleanedFileName() {
        assertEquals("2026年上海市政府工作报告",
                titles.infer("2026年上海市政府工作报告\n——2026年2月3日在会议上\n", "x.txt", Optional.empty()).text());
        assertEquals("广东省 政府工作报告",
                titles.infer("各位代表：\n现在，我代表省人民政府，向大会报告工作。\n", "2026_广东省_政府工作报告.txt", Optional.empty()).text());
        assertEquals("中华人民共和国立法法", titles.infer("# 中华人民共和国立法法\n\n正文", "a.md", Optional.empty()).text());
        assertEquals("按照省总工会安排,我下派到梅河口市总工会担任主席助理职务,这…",
                titles.infer(Fixtures.seedEssay(3), "000_a1a4dce01c045d6d.txt", Optional.empty()).text());
    }
}
