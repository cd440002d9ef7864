package fanwen.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fanwen.headings.HeadingKind;

class HeadingDetectorTest {
    private final HeadingDetector detector = new HeadingDetector();

    private List<String> ladder(String text) {
        return detector.detect(text).stream().map(h -> h.level() + " " + h.kind() + " " + h.text()).toList();
    }

    @Test
    void theNumberedLadderGetsLevelsInOrderOfFirstAppearance() {
        String text = """
                一、总体要求
                （一）指导思想。坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。
                1、抓好学习
                学习是第一位的任务，要把学习贯穿工作全过程，做到学思用贯通、知信行统一。
                1.细化责任
                责任要落实到岗位，落实到人，一级抓一级，层层抓落实，确保各项任务按期完成。
                （1）建立台账
                台账要逐项登记、逐项销号，做到底数清、情况明，定期对账，动态更新，及时报告。
                ①每月一报
                每月五日前报送上月进展情况，内容包括完成情况、存在问题和下步打算等等事项。
                一是按时报送，逾期未报的要说明原因，连续两次逾期的予以通报。
                二是内容完整，数据要准确，情况要真实，问题要具体。
                二、主要任务
                """;
        assertEquals(List.of(
                "1 CHINESE_NUMBER 一、总体要求",
                "2 PAREN_CHINESE_NUMBER （一）指导思想",
                "3 ARABIC_COMMA 1、抓好学习",
                "4 ARABIC_DOT 1.细化责任",
                "5 PAREN_ARABIC （1）建立台账",
                "6 CIRCLED ①每月一报",
                "7 ENUMERATION 一是按时报送",
                "7 ENUMERATION 二是内容完整",
                "1 CHINESE_NUMBER 二、主要任务"), ladder(text));
    }

    @Test
    void levelsFollowTheDocumentNotAFixedScheme() {
        String text = """
                1.从建制上联
                实施联校后，所有联并学校共用一个校名，确保这些学校建制的统一，由主校区统一管理。
                （一）统一校名
                各校区统一使用主校区的校名，分校区在校名后加注校区名称，对外统一称谓和标识。
                """;
        assertEquals(List.of("1 ARABIC_DOT 1.从建制上联", "2 PAREN_CHINESE_NUMBER （一）统一校名"), ladder(text));
    }

    @Test
    void aTextStartingInsideASequenceHasThatSequenceOnTop() {
        String text = """
                （一）指导思想
                以服务农村发展为目标，推动科技成果进村入户，促进农民增收和农业增效，壮大县域经济。
                （二）主要目标
                从今年起，每年选派一批科技特派员到乡镇和村挂职，帮助基层解决生产中的技术难题。
                二、保障措施
                （一）加强组织领导。县里成立科技特派员工作领导小组，统筹协调下乡工作中的重大问题。
                （二）落实经费支持。县财政每年安排专项经费，用于特派员的补助、培训和项目启动。
                """;
        assertEquals(List.of(
                "2 PAREN_CHINESE_NUMBER （一）指导思想",
                "2 PAREN_CHINESE_NUMBER （二）主要目标",
                "1 CHINESE_NUMBER 二、保障措施",
                "2 PAREN_CHINESE_NUMBER （一）加强组织领导",
                "2 PAREN_CHINESE_NUMBER （二）落实经费支持"), ladder(text));
    }

    @Test
    void aShortLineIntroducingItemsIsAboveThemThoughTheyCameFirst() {
        String text = """
                一、做好组织交办的工作
                到任以来，我先后走访了全镇的村和企业，了解产业发展和群众生产生活的情况。
                一是主动与挂职同志联络，询问他们工作和生活上的困难，及时帮助解决。
                二是积极参加镇里的各项活动，完成领导交办的各项任务。
                几点体会和想法
                一是领导的关心是做好工作的保证，镇党委在思想、工作和生活上给了我很多帮助。
                """;
        assertEquals(List.of(
                "1 CHINESE_NUMBER 一、做好组织交办的工作",
                "3 ENUMERATION 一是主动与挂职同志联络",
                "3 ENUMERATION 二是积极参加镇里的各项活动",
                "2 SHORT_LINE 几点体会和想法",
                "3 ENUMERATION 一是领导的关心是做好工作的保证"), ladder(text));
    }

    @Test
    void fullWidthAndHalfWidthDigitsAndParenthesesAreTheSameRung() {
        String text = """
                １、珍惜机会
                挂职锻炼是一次难得的机会，要倍加珍惜，虚心向基层干部群众学习，尽快进入角色。
                2、正视差别
                乡镇与机关工作有很大差别，要正确认识工作环境、工作对象和工作方法上的差别。
                (１)环境差别
                乡镇条件相对艰苦，工作千头万绪，要有吃苦的思想准备，主动适应新的工作环境。
                （2）对象差别
                乡镇直接面对群众，要学会做群众工作，多听群众意见，真心实意为群众排忧解难。
                ３．方法差别
                """;
        assertEquals(List.of(
                "1 ARABIC_COMMA １、珍惜机会",
                "1 ARABIC_COMMA 2、正视差别",
                "2 PAREN_ARABIC (１)环境差别",
                "2 PAREN_ARABIC （2）对象差别",
                "3 ARABIC_DOT ３．方法差别"), ladder(text));
    }

    @Test
    void aHeadingIsTheLeadInUpToTheFirstFullStopAndTheRestOfTheLineIsBody() {
        String text = "（一）立足基层学习，积累了一定的基层工作经验。我是2013年年底来到省总工会工作，时间很短。\n";
        HeadingLine h = detector.detect(text).getFirst();
        assertEquals("（一）立足基层学习，积累了一定的基层工作经验", h.text());
        assertEquals("（一）立足基层学习，积累了一定的基层工作经验。", text.substring(h.start(), h.end()));
    }

    @Test
    void aYiShiLineIsAHeadingButLongListItemsAndEnumerationsInsideAParagraphAreNot() {
        String text = """
                村镇规划建设指导员应主要做好以下工作：
                1、宣传、贯彻国家和省市关于城乡规划、建设和管理的法律法规和方针政策；
                2、组织并完成乡（镇）域规划的编制工作，并协助抓好实施工作；
                一是主动与他们联络，询问他们工作和生活安排的有关情况，进行思想交流。
                二是对到光坡来检查指导工作的同志，积极参加接待，听取他们对光坡工作的意见。
                挂职一年，我有两点体会：一是感谢，二是感受，都离不开组织和同志们的关心支持。
                一要在培养上形成合力。首先，挂职的乡镇要下功夫。
                """;
        assertEquals(List.of(
                "1 ENUMERATION 一是主动与他们联络",
                "1 ENUMERATION 二是对到光坡来检查指导工作的同志"), ladder(text));
    }

    @Test
    void anEnumerationHeadingIsItsFirstClauseAndTheRestOfTheLineIsBody() {
        String text = "二是认真抓好专场招聘,在就业政策上“广宣传”。2月份,会同县劳保局组织召开毕业生专场招聘会。\n";
        HeadingLine h = detector.detect(text).getFirst();
        assertEquals(HeadingKind.ENUMERATION, h.kind());
        assertEquals("二是认真抓好专场招聘", h.text());
        assertEquals("二是认真抓好专场招聘,", text.substring(h.start(), h.end()));
    }

    @Test
    void lawsKeepChapterSectionArticleOrderWhateverComesFirst() {
        String text = """
                # 中华人民共和国某某法

                第一条 为了规范某某活动，制定本法。

                ## 第一章 总则

                第二条 本法适用于某某活动。

                ### 第一节 一般规定

                第三条 某某活动应当遵循下列原则：

                （一）依法办事；

                （二）公开透明。
                """;
        assertEquals(List.of(
                "1 MARKDOWN_1 中华人民共和国某某法",
                "4 ARTICLE 第一条",
                "2 CHAPTER 第一章 总则",
                "4 ARTICLE 第二条",
                "3 SECTION 第一节 一般规定",
                "4 ARTICLE 第三条"), ladder(text));
    }

    @Test
    void anArticleHeadingIsOnlyItsLabelAndItsTextContinuesOnTheLine() {
        String text = "第五十三条　全国人民代表大会常务委员会的法律解释同法律具有同等效力。\n";
        HeadingLine h = detector.detect(text).getFirst();
        assertEquals(HeadingKind.ARTICLE, h.kind());
        assertEquals("第五十三条", text.substring(h.start(), h.end()));
    }

    @Test
    void shortBoldLikeLinesBetweenParagraphsAreHeadings() {
        String text = """
                市政府、市教育局全面贯彻落实党的教育方针，高度重视中小学校长队伍建设，取得了明显成效。
                周密部署 优中选优
                市教育局和市教育研究院紧紧围绕挂职培养的目标任务，紧密结合我市实际，制定了挂职培养方案。
                衷心感谢大家！
                梅河口市总工会
                2015年12月
                """;
        List<HeadingLine> headings = detector.detect(text);
        assertEquals(1, headings.size());
        assertEquals("周密部署 优中选优", headings.getFirst().text());
        assertEquals(HeadingKind.SHORT_LINE, headings.getFirst().kind());
        assertTrue(headings.getFirst().level() == 1);
    }
}
