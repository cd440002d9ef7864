package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfLineJoinerTest {

    /** Three full-width lines of body text make the document's typical line width. */
    private static final String BODY = """
            为贯彻落实《中华人民共和国个人所得税法》及其实施条例，现就加强
            个人所得税纳税信用建设有关事项通知如下。各地区各部门要认真组织
            实施，确保各项措施落到实处，推动税务领域信用体系建设迈上新台阶。""";

    @Test
    void aPhraseSplitAcrossPdfLinesIsRejoined() {
        String joined = PdfLineJoiner.join("本人于2023年3月到县农业农村局挂职锻炼，任党组成员、副局长，分管乡村振\n"
                + "兴和农业信息化工作。一年来，在县委县政府的正确领导下，认真履职尽责，\n"
                + "较好地完成了各项工作任务。");
        assertEquals("本人于2023年3月到县农业农村局挂职锻炼，任党组成员、副局长，分管乡村振兴和农业信息化工作。"
                + "一年来，在县委县政府的正确领导下，认真履职尽责，较好地完成了各项工作任务。", joined);
    }

    @Test
    void aBreakWithBlankLinesBetweenWrappedLinesIsRejoinedToo() {
        String joined = PdfLineJoiner.join(BODY.replace("加强\n", "加强\n\n"));
        assertEquals(BODY.replace("\n", ""), joined);
    }

    @Test
    void aLineEndingASentenceKeepsItsBreak() {
        String text = "各地区、各部门要统筹实施个人所得税纳税信用管理工作，完善配套制度建设。\n"
                + "要建立工作考核推进机制，对本地区、本部门的工作要定期进行督促、指导和检查；\n"
                + BODY;
        assertEquals(text.replace("加强\n", "加强").replace("组织\n", "组织"), PdfLineJoiner.join(text));
    }

    @Test
    void aLineStartingAHeadingKeepsItsBreak() {
        for (String heading : new String[] {"一、总体要求", "（一）全面实施申报信用承诺制", "1、加强组织领导",
                "2.加强诚信教育", "第三章 附则", "（2）其他事项",
                "一是加强组织领导，形成工作合力"}) {
            String text = BODY + "加强组织领导和统筹协调工作，形成个人所得税纳税信用建设的强大合力，推动\n" + heading;
            assertEquals(heading, PdfLineJoiner.join(text).lines().reduce((a, b) -> b).orElseThrow());
        }
    }

    @Test
    void aShortLineSuchAsATitleKeepsItsBreak() {
        String text = "关于加强个人所得税纳税信用建设的通知\n" + BODY;
        assertEquals("关于加强个人所得税纳税信用建设的通知", PdfLineJoiner.join(text).lines().findFirst().orElseThrow());
    }

    @Test
    void pageNumberLinesAreRemovedAndTheSentenceAcrossThePageIsRejoined() {
        String text = BODY.replace("组织\n", "组织\n\n— 1 —\n\n\n") + "\n- 2 -\n第 3 页";
        assertEquals(BODY.replace("\n", ""), PdfLineJoiner.join(text).replace("\n", ""));
        assertEquals(1, PdfLineJoiner.join(text).lines().count());
    }

    @Test
    void spacesThatPdfsPutBetweenHanAndDigitsAreRemoved() {
        assertEquals("2019年1月1日起施行（国发〔2018〕41号）", PdfLineJoiner.join("2019年 1月 1日起施行（国发〔2018〕41 号）"));
    }

    @Test
    void aSoftHyphenGlyphBecomesAHyphen() {
        assertEquals("（2014-2020年）", PdfLineJoiner.join("（2014\u00AD2020年）"));
    }

    @Test
    void englishLinesAreNotGluedTogether() {
        String text = "The quick brown fox jumps over the lazy dog and keeps running far\nbeyond the hills";
        assertEquals(text, PdfLineJoiner.join(text));
    }
}
