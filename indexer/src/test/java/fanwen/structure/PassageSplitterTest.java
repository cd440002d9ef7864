package fanwen.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PassageSplitterTest {
    private final HeadingDetector detector = new HeadingDetector();
    private final PassageSplitter splitter = new PassageSplitter();

    private PassageSplitter.Layout split(String text) {
        return splitter.split(text, detector.detect(text));
    }

    @Test
    void theFirstSeedEssaySplitsUnderItsHeadingPathWithExactRanges() {
        String text = Fixtures.seedEssay(3);
        List<String> lines = text.lines().toList();
        List<Passage> passages = split(text).passages();

        assertEquals(3, passages.size());
        assertEquals(List.of(), passages.get(0).headingPath());
        assertEquals(lines.get(0), text.substring(passages.get(0).start(), passages.get(0).end()));

        assertEquals(List.of("一、获得的收获", "(一)立足基层学习,积累了一定的基层工作经验"), passages.get(1).headingPath());
        String rest = lines.get(2).substring(lines.get(2).indexOf("。") + 1);
        assertTrue(rest.startsWith("我是2013年年底来到省总工会工作"));
        assertEquals(rest + "\n" + lines.get(3), text.substring(passages.get(1).start(), passages.get(1).end()));
        assertEquals(text.indexOf(rest), passages.get(1).start());

        assertEquals(List.of("一、获得的收获", "(二)提高了个人的素质,开阔了自身的视野"), passages.get(2).headingPath());
        assertTrue(text.substring(passages.get(2).start(), passages.get(2).end()).startsWith("基层工会直接面对的是各个机关"));
    }

    @Test
    void aHeadingFollowedDirectlyByASubHeadingYieldsNoPassage() {
        String text = Fixtures.seedEssay(3);
        for (Passage p : split(text).passages()) {
            assertFalse(text.substring(p.start(), p.end()).startsWith("一、获得的收获"));
        }
        Heading top = split(text).outline().getFirst();
        assertEquals("一、获得的收获", top.text());
        assertEquals(1, top.firstPassage());
    }

    @Test
    void passagesFollowTheSpeechLadderThreeLevelsDeep() {
        String text = Fixtures.seedEssay(30);
        List<Passage> passages = split(text).passages();
        Passage treasure = passages.stream()
                .filter(p -> text.substring(p.start(), p.end()).startsWith("首先,这是一次难得的锻炼机会")).findFirst().orElseThrow();
        assertEquals(List.of("三、把握机遇,有所作为,实现挂职工作的既定目标", "1、珍惜下派挂职的机会"), treasure.headingPath());
    }

    @Test
    void aLongSectionIsCutAtParagraphBoundariesAndShortParagraphsStayTogether() {
        String paragraph = "各地要结合实际，细化工作措施，明确责任分工，确保各项任务落到实处、见到实效。".repeat(10);
        StringBuilder text = new StringBuilder("一、工作要求\n");
        for (int i = 0; i < 12; i++) {
            text.append(paragraph).append('\n');
        }
        text.append("二、其他事项\n短句一。\n短句二。\n短句三。\n");
        String s = text.toString();
        List<Passage> passages = split(s).passages();

        List<Passage> first = passages.stream().filter(p -> p.headingPath().equals(List.of("一、工作要求"))).toList();
        assertTrue(first.size() >= 3, "a 4,800-char section is cut into several parts");
        for (Passage p : first) {
            assertTrue(p.end() - p.start() <= PassageSplitter.MAX);
            assertTrue(p.start() == 0 || s.charAt(p.start() - 1) == '\n', "cut at a paragraph boundary");
            assertTrue(p.end() == s.length() || s.charAt(p.end()) == '\n', "cut at a paragraph boundary");
        }
        Passage last = passages.getLast();
        assertEquals("短句一。\n短句二。\n短句三。", s.substring(last.start(), last.end()));
    }

    @Test
    void aParagraphLongerThanTheLimitIsCutAtSentenceEnds() {
        String sentence = "各地要结合实际，细化工作措施，明确责任分工，确保各项任务落到实处、见到实效。";
        String text = "一、工作要求\n" + sentence.repeat(100) + "\n";
        List<Passage> passages = split(text).passages();
        assertTrue(passages.size() >= 3);
        for (Passage p : passages) {
            assertTrue(p.end() - p.start() <= PassageSplitter.MAX);
            assertEquals('。', text.charAt(p.end() - 1));
        }
    }

    @Test
    void aLongParagraphWithoutSentenceEndsIsCutAtACommaNotInsideAWord() {
        String clause = "各地要结合实际细化工作措施明确责任分工确保各项任务落到实处见到实效，";
        String text = "一、工作要求\n" + clause.repeat(5_000 / clause.length() + 1) + "\n";
        List<Passage> passages = split(text).passages();
        assertTrue(passages.size() >= 4);
        for (Passage p : passages) {
            assertTrue(p.end() - p.start() <= PassageSplitter.MAX);
            assertEquals('，', text.charAt(p.end() - 1), "passage " + p.ordinal() + " ends at a comma");
        }
    }

    @Test
    void aCutWithNoPunctuationNearbyNeverSplitsACharacterOutsideTheBasicPlane() {
        String words = "国家治理体系和治理能力现代化".repeat(200);
        String paragraph = words.substring(0, PassageSplitter.MAX - 1) + "𠮷" + words.substring(0, 500);
        String text = "一、工作要求\n" + paragraph + "\n";
        List<Passage> passages = split(text).passages();
        assertEquals(2, passages.size());
        for (Passage p : passages) {
            assertFalse(Character.isHighSurrogate(text.charAt(p.end() - 1)), "passage " + p.ordinal() + " ends mid-pair");
            assertFalse(Character.isLowSurrogate(text.charAt(p.start())), "passage " + p.ordinal() + " starts mid-pair");
        }
        assertTrue(text.substring(passages.get(1).start(), passages.get(1).end()).startsWith("𠮷"));
    }

    @Test
    void anEnumerationInsideAParagraphStaysInIt() {
        String text = "二、做好组织交办的工作\n"
                + "主要做了两件事：一是主动与他们联络，询问他们工作和生活安排的有关情况；"
                + "二是对到光坡来检查指导工作的同志，积极参加接待。\n";
        List<Passage> passages = split(text).passages();
        assertEquals(1, passages.size());
        assertEquals(List.of("二、做好组织交办的工作"), passages.getFirst().headingPath());
    }

    @Test
    void eachYiShiErShiParagraphOfASeedEssayIsAPassageUnderItsFirstClause() {
        String text = Fixtures.seedEssay(152);
        List<Passage> passages = split(text).passages();

        assertEquals(List.of(List.of("一是积极开展就业调研"), List.of("二是认真抓好专场招聘"), List.of("三是全面推行聘用制管理")),
                passages.stream().map(Passage::headingPath).toList());
        assertTrue(text.substring(passages.get(0).start(), passages.get(0).end()).startsWith("在高校毕业生就业渠道上“广探索”。"));
        assertTrue(text.substring(passages.get(1).start(), passages.get(1).end()).contains("\n3月中旬,派员参与"),
                "a paragraph without a marker stays under the enumeration above it");
    }

    @Test
    void everyLawArticleIsAPassageUnderItsChapterAndSection() {
        String text = Fixtures.read("legislation-law-2023.md");
        List<Passage> passages = split(text).passages();
        Passage article = passages.stream()
                .filter(p -> text.substring(p.start(), p.end()).startsWith("下列事项只能制定法律")).findFirst().orElseThrow();
        assertEquals(List.of("中华人民共和国立法法", "第二章 法律", "第一节 立法权限", "第十一条"), article.headingPath());
        assertTrue(text.substring(article.start(), article.end()).contains("（十一）必须由全国人民代表大会"),
                "an article's numbered items stay in the article");
    }

    @Test
    void passagesAndHeadingsCoverAllTextOfEveryFixture() {
        TestStructurer structurer = new TestStructurer();
        for (String name : List.of("seed-essays.txt", "2025_000_government-work-report.txt", "legislation-law-2023.md")) {
            String text = Fixtures.read(name);
            assertEquals(List.of(), StructureInvariants.violations(text, structurer.structure(text, name, Optional.empty())), name);
        }
        for (int start : Fixtures.SEED_STARTS) {
            String text = Fixtures.seedEssay(start);
            assertEquals(List.of(), StructureInvariants.violations(text, structurer.structure(text, "x.txt", Optional.empty())),
                    "seed essay at line " + start);
        }
    }
}
