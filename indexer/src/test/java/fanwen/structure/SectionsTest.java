package fanwen.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SectionsTest {
    private final HeadingDetector detector = new HeadingDetector();
    private final PassageSplitter splitter = new PassageSplitter();

    private List<Passage> sections(String text) {
        return Sections.of(splitter.split(text, detector.detect(text)).outline(), text, 100);
    }

    @Test
    void aHeadingWithSubHeadingsHasItsWholeSectionAndALeafHasNone() {
        String text = """
                一、指导思想
                以服务农村发展为目标，推动科技成果进村入户。
                二、保障措施
                （一）加强组织领导。县里成立领导小组。
                1、组长由县长担任
                领导小组每季度召开一次会议，研究解决重大问题。
                （二）落实经费支持。县财政安排专项经费。
                三、工作要求
                各乡镇要高度重视，认真组织。
                """;
        List<Passage> sections = sections(text);
        assertEquals(2, sections.size(), sections.toString());
        Passage measures = sections.get(0);
        assertEquals(List.of("二、保障措施"), measures.headingPath());
        assertEquals(100, measures.ordinal());
        assertEquals(text.substring(text.indexOf("（一）"), text.indexOf("专项经费。") + 5),
                text.substring(measures.start(), measures.end()));
        Passage leadership = sections.get(1);
        assertEquals(List.of("二、保障措施", "（一）加强组织领导"), leadership.headingPath());
        assertEquals(101, leadership.ordinal());
        assertTrue(text.substring(leadership.start(), leadership.end()).startsWith("县里成立领导小组。\n1、组长由县长担任"));
        assertTrue(text.substring(leadership.start(), leadership.end()).endsWith("重大问题。"));
    }

    @Test
    void aLawChapterSpansItsArticles() {
        String text = """
                北京市乡村振兴促进条例
                第一章 总则
                第一条 为了全面实施乡村振兴战略，制定本条例。
                第二条 本市行政区域内的乡村振兴活动，适用本条例。
                第二章 保障措施
                \u200b
                第三条 市、区人民政府应当健全乡村振兴财政投入保障制度。
                """;
        List<Passage> sections = sections(text);
        assertEquals(2, sections.size(), sections.toString());
        assertEquals(List.of("第二章 保障措施"), sections.get(1).headingPath());
        assertTrue(text.substring(sections.get(1).start(), sections.get(1).end()).startsWith("第三条"),
                "the line of a zero-width space is blank");
    }

    @Test
    void aLineOfZeroWidthSpaceIsNoPassage() {
        String text = "第一章 总则\n\u200b\n第一条 为了全面实施乡村振兴战略，制定本条例。\n";
        List<Passage> passages = splitter.split(text, detector.detect(text)).passages();
        assertEquals(1, passages.size(), passages.toString());
    }
}
