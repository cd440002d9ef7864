package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown read as the text a reader sees: markup, comments and front matter gone, lines kept. */
class MarkdownTextTest {

    @Test
    void headingsLoseTheirMarkersAndStayLinesOfTheirOwn() {
        assertEquals("实施方案\n\n一、总体要求\n（一）工作目标\n二、保障措施",
                MarkdownText.visible("# 实施方案\n\n## 一、总体要求\n### （一）工作目标 ###\n## 二、保障措施"));
    }

    @Test
    void aHashWithoutASpaceIsNoHeading() {
        assertEquals("#3号文件\n\\#不是标题", MarkdownText.visible("#3号文件\n\\\\#不是标题"));
        assertEquals("# 不是标题", MarkdownText.visible("\\# 不是标题"));
    }

    @Test
    void commentsAreDroppedAlsoOverSeveralLines() {
        assertEquals("劳社部发[2008]3号\n\n\n各省、自治区：\n前文\n后文",
                MarkdownText.visible("劳社部发[2008]3号\n\n<!-- INFO END -->\n各省、自治区：\n前文<!-- 第一行\n第二行\n-->后文"));
    }

    @Test
    void yamlAndTomlFrontMatterAtTheTopAreDropped() {
        assertEquals("正文", MarkdownText.visible("---\ntitle: 工作总结\ndate: 2023-12-01\n---\n正文"));
        assertEquals("正文", MarkdownText.visible("---\ntitle: 工作总结\n...\n正文"));
        assertEquals("正文", MarkdownText.visible("+++\ntitle = \"工作总结\"\n+++\n正文"));
    }

    @Test
    void aRuleLaterInTheTextIsNoFrontMatterAndAnUnclosedOneIsText() {
        assertEquals("第一段\n\n第二段", MarkdownText.visible("第一段\n---\n第二段"));
        assertEquals("\n仅此一行", MarkdownText.visible("---\n仅此一行"));
    }

    @Test
    void emphasisCodeAndStrikeKeepTheirWords() {
        assertEquals("本人到县农业农村局挂职锻炼，完成了项目编号为 PD1728 的平台建设，删去",
                MarkdownText.visible("本人到县农业农村局**挂职锻炼**，完成了项目编号为 `PD1728` 的*平台*建设，~~删去~~"));
        assertEquals("a*b*c 和 snake_case_name", MarkdownText.visible("`a*b*c` 和 snake_case_name"));
    }

    @Test
    void linksAndImagesKeepTheirTextNotTheirUrls() {
        assertEquals("详见通知全文和附件图1，来源 https://example.org/a_b_c",
                MarkdownText.visible("详见[通知全文](https://example.org/notice.html \"通知\")和附件![图1](fig1.png)，"
                        + "来源 <https://example.org/a_b_c>"));
        assertEquals("参见办法\n", MarkdownText.visible("参见[办法][1]\n[1]: https://example.org/rules"));
    }

    @Test
    void bulletsAndQuotesLoseTheirMarkersOrderedListsKeepTheirNumbers() {
        assertEquals("深入学习\n加强业务学习\n已完成\n1. 推进项目建设\n引用的话",
                MarkdownText.visible("- 深入学习\n* 加强业务学习\n- [x] 已完成\n1. 推进项目建设\n> 引用的话"));
    }

    @Test
    void tableRowsBecomeCellsAndTheDelimiterRowGoes() {
        assertEquals("刑法条文\t罪名\n\n第152条第2款\t走私废物罪",
                MarkdownText.visible("| 刑法条文 |罪名 |\n|-----|-----|\n| 第152条第2款 |走私废物罪 |"));
    }

    @Test
    void codeBlocksAreKeptAsWrittenWithoutTheirFences() {
        assertEquals("前言\n**原样** <!-- 保留 -->\n后记", MarkdownText.visible("前言\n```text\n**原样** <!-- 保留 -->\n```\n后记"));
    }

    @Test
    void htmlTagsGoAndCharacterReferencesAreDecoded() {
        assertEquals("\u2003\u2003第一条 大 & 小", MarkdownText.visible("&emsp;&emsp;第一条<br/> <b>&#22823;</b> &amp; 小"));
    }

    @Test
    void thematicBreaksAndSetextUnderlinesGo() {
        assertEquals("标题\n\n正文\n", MarkdownText.visible("标题\n===\n正文\n* * *"));
    }
}
