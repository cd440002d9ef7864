package fanwen.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import fanwen.model.DocumentType;

class DocumentStructurerTest {
    private final TestStructurer structurer = new TestStructurer();

    @Test
    void aGovernmentWorkReportIsAReportOfItsYearByTheStateCouncil() {
        String text = Fixtures.read("2025_000_government-work-report.txt");
        StructuredDocument doc = structurer.structure(text, "2025_000_government-work-report.txt", Optional.empty());

        assertEquals("2025年中华人民共和国国务院政府工作报告", doc.title());
        assertEquals(DocumentType.REPORT, doc.type());
        assertEquals(Optional.of(2025), doc.year());
        assertTrue(doc.units().contains("国务院"), doc.units().toString());
        assertTrue(doc.places().contains("中国"), doc.places().toString());
        assertTrue(doc.keywords().size() <= 10 && doc.keywords().contains("高质量"), doc.keywords().toString());
        assertTrue(doc.summary().startsWith("过去一年，我国发展历程很不平凡。"), doc.summary());
        assertTrue(doc.summary().length() <= SummaryExtractor.MAX_CHARS);
        assertEquals("一、2024年工作回顾", doc.outline().getFirst().text());
    }

    @Test
    void aMarkdownLawIsARegulationDatedByItsLatestRevision() {
        String text = Fixtures.read("legislation-law-2023.md");
        StructuredDocument doc = structurer.structure(text, "立法法(2023-03-13).md", Optional.empty());

        assertEquals("中华人民共和国立法法", doc.title());
        assertEquals(DocumentType.REGULATION, doc.type());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 13)), doc.date());
        assertTrue(doc.keywords().contains("立法"), doc.keywords().toString());
        assertTrue(doc.summary().startsWith("为了规范立法活动"), doc.summary());
    }

    @Test
    void aSeedSpeechIsASpeechAndAPersonalSummaryIsASummary() {
        assertEquals(DocumentType.SPEECH, structurer.structure(Fixtures.seedEssay(49), "a.txt", Optional.empty()).type());
        StructuredDocument summary = structurer.structure(Fixtures.seedEssay(3), "000_a1a4dce01c045d6d.txt", Optional.empty());
        assertEquals(DocumentType.SUMMARY, summary.type());
        assertTrue(summary.units().contains("梅河口市总工会"), summary.units().toString());
        assertFalse(summary.title().isBlank());
    }

    @Test
    void aSignatureBlockGivesUnitAndYear() {
        String text = """
                2015年工会工作总结
                一年来，在市委和省总工会的正确领导下，我们紧紧围绕全市中心工作，扎实开展各项工会工作，取得了较好成绩。
                梅河口市总工会
                2015年12月
                """;
        StructuredDocument doc = structurer.structure(text, "总结.docx", Optional.empty());
        assertEquals(DocumentType.SUMMARY, doc.type());
        assertEquals(Optional.of(2015), doc.year());
        assertEquals("梅河口市总工会", doc.units().getFirst());
    }

    @Test
    void unitsAreOrganisationNamesNotPhrasesTheRecogniserTookForOne() {
        // HanLP's organisation recogniser tags 以促进农业科技 in the 科技特派员 plan as an organisation
        StructuredDocument plan = structurer.structure(Fixtures.seedEssay(99), "方案.txt", Optional.empty());
        assertFalse(plan.units().stream().anyMatch(u -> u.contains("科技")), plan.units().toString());
        for (int start : Fixtures.SEED_STARTS) {
            for (String unit : structurer.structure(Fixtures.seedEssay(start), "a.txt", Optional.empty()).units()) {
                // 在年轻干部座谈会上的讲话, 选派机关干部到基层中队挂职锻炼实施方案: an occasion and people, not units
                assertFalse(unit.endsWith("干部") || unit.startsWith("在") || unit.startsWith("选派"), start + ": " + unit);
            }
        }
    }

    @Test
    void aSignatureLineIsTrustedWhateverItsFirstCharacter() {
        for (String unit : List.of("和平区人民政府", "本溪市人民政府", "对外经济贸易大学")) {
            String text = "关于做好防汛工作的通知\n各单位要落实防汛责任，加强值班值守。\n" + unit + "\n2024年6月1日\n";
            assertEquals(List.of(unit), structurer.structure(text, "通知.txt", Optional.empty()).units().stream()
                    .filter(u -> u.equals(unit)).toList(), unit);
        }
    }

    @Test
    void aMetadataTitleWinsUnlessItHasNoLetterOrIsTooLongForATitle() {
        String text = "关于做好2024年防汛工作的通知\n各区县：现将有关事项通知如下。\n";
        assertEquals("防汛通知", structurer.structure(text, "a.doc", Optional.of("防汛通知")).title());
        assertEquals("新建住宅小区防汛设施管理办法",
                structurer.structure(text, "a.doc", Optional.of("新建住宅小区防汛设施管理办法")).title(),
                "extraction has removed template names; a real title that starts like one is kept");
        for (String unlikely : new String[] {"——", "2024-06", "通知".repeat(61)}) {
            assertEquals("关于做好2024年防汛工作的通知", structurer.structure(text, "a.doc", Optional.of(unlikely)).title(), unlikely);
        }
        assertEquals(DocumentType.NOTICE, structurer.structure(text, "a.doc", Optional.empty()).type());
    }

    @Test
    void twoThreadsStructureTheSameTextsAlike() throws Exception {
        List<String> texts = List.of(Fixtures.read("2025_000_government-work-report.txt"),
                Fixtures.read("legislation-law-2023.md"), Fixtures.seedEssay(30));
        List<StructuredDocument> expected = texts.stream().map(t -> structurer.structure(t, "x.txt", Optional.empty())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<StructuredDocument>>> runs = List.of(
                    pool.submit(() -> texts.stream().map(t -> structurer.structure(t, "x.txt", Optional.empty())).toList()),
                    pool.submit(() -> texts.reversed().stream().map(t -> structurer.structure(t, "x.txt", Optional.empty())).toList().reversed()));
            for (Future<List<StructuredDocument>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
