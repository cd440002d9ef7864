package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fanwen.analysis.HanLPTokenizer.Mode;

class HanLPTokenizerTest {

    private static final ChineseAnalyzer INDEX = new ChineseAnalyzer(Mode.INDEX, false);
    private static final ChineseAnalyzer QUERY = new ChineseAnalyzer(Mode.QUERY, false);

    @Test
    void indexModeStacksTheWholeRunOnItsFirstPart() {
        assertEquals(List.of("pd|pd1728_a_1", "1728", "a", "1"), Tokens.of(INDEX, "PD1728_A_1").stacked());
        assertEquals(List.of("gb|gb/t", "t", "9704|9704-2012", "2012"), Tokens.of(INDEX, "GB/T 9704-2012").stacked());
        assertEquals(List.of("5|5g", "g", "网络"), Tokens.of(INDEX, "5G网络").stacked());
    }

    @Test
    void queryModeEmitsOnlyTheParts() {
        assertEquals(List.of("pd", "1728"), Tokens.of(QUERY, "PD1728").terms());
        assertEquals(List.of("gb", "t", "9704", "2012"), Tokens.of(QUERY, "ＧＢ／Ｔ　９７０４－２０１２").terms());
        assertEquals(List.of("5", "g"), Tokens.of(QUERY, "5G").terms());
    }

    @Test
    void numbersBeforeChineseAndDecimalsStayOnePart() {
        assertEquals(List.of("2023", "年"), Tokens.of(INDEX, "2023年").terms());
        assertEquals(List.of("3.5", "亿元"), Tokens.of(INDEX, "3.5亿元").terms());
        assertEquals(List.of("v|v1.2.3", "1.2.3"), Tokens.of(INDEX, "v1.2.3").stacked());
    }

    @Test
    void runsNeverStartOrEndWithAConnector() {
        assertEquals(List.of("a|a-b"), Tokens.of(INDEX, "-a-b-").stacked().subList(0, 1));
        assertEquals(List.of("c", "c"), Tokens.of(QUERY, "c# c.").terms());
    }

    @Test
    void indexModeStacksTheWholeRunOverAllItsParts() {
        assertEquals(List.of("pd@0", "pd1728_a_1@0~4", "1728@1", "a@2", "1@3"), Tokens.of(INDEX, "PD1728_A_1").graph());
        assertEquals(List.of("pd@0", "1728@1", "a@2", "1@3"), Tokens.of(QUERY, "PD1728_A_1").graph());
    }

    @Test
    void aWordSpansThePartsItsSubWordsCutItInto() {
        Tokens tokens = Tokens.of(INDEX, "总工会挂职");
        assertEquals(List.of("总工会@0~2", "工会@1", "挂职@2"), tokens.graph());
        assertEquals(HanLPTokenizer.TYPE_SUBWORD, tokens.list().get(1).type());
        assertEquals(List.of("梅河口市@0~3", "梅河口@0~2", "河口@1"), Tokens.of(INDEX, "梅河口市").graph());
        assertEquals(List.of("二一一@0~2", "一一@1", "终@2"), Tokens.of(INDEX, "二一一终").graph());
        assertEquals(List.of("本职工作@0~2", "本职@0", "工作@1"), Tokens.of(INDEX, "本职工作").graph());
    }

    @Test
    void aSubWordThatCrossesALongerOrMoreFrequentOneIsLeftOut() {
        assertFalse(Tokens.of(INDEX, "总工会").terms().contains("总工"));
        assertFalse(Tokens.of(INDEX, "本职工作").terms().contains("职工"));
    }

    @Test
    void queryModeKeepsTheWordAloneAndThePositionsOfItsParts() {
        assertEquals(List.of("总工会@0", "挂职@2"), Tokens.of(QUERY, "总工会挂职").graph());
        assertEquals(List.of("梅河口市@0", "总工会@3"), Tokens.of(QUERY, "梅河口市总工会").graph());
    }

    @Test
    void rareCharactersOtherScriptsAndSymbolsAreNotDropped() {
        List<String> terms = Tokens.of(QUERY, "𠮷野家和𪚥字 Привет мир ①号 25℃ ™").terms();
        for (String expected : List.of("𠮷", "𪚥", "привет", "мир", "①", "℃", "™")) {
            assertTrue(terms.contains(expected), () -> expected + " missing from " + terms);
        }
    }

    @Test
    void punctuationAndWhitespaceAreDropped() {
        assertEquals(List.of("加强", "意见"), Tokens.of(QUERY, "“加强”，《意见》。\n\t ").terms());
    }

    @Test
    void tooLongRunsAreSplit() {
        Tokens tokens = Tokens.of(QUERY, "x".repeat(600));
        assertEquals(List.of(255, 255, 90), tokens.list().stream().map(t -> t.term().length()).toList());
    }

    @Test
    void typesSayWhatATokenIs() {
        List<String> types = Tokens.of(QUERY, "加强pd ℃").list().stream().map(Tokens.Token::type).toList();
        assertEquals(List.of(HanLPTokenizer.TYPE_WORD, HanLPTokenizer.TYPE_ALNUM, HanLPTokenizer.TYPE_SYMBOL), types);
    }

    @Test
    void stopWordsAreRemovedOnlyWhenAsked() {
        assertEquals(List.of("基层", "工作"), Tokens.of(new ChineseAnalyzer(Mode.QUERY, true), "我们的基层工作").terms());
        assertEquals(List.of("我们", "的", "基层", "工作"), Tokens.of(QUERY, "我们的基层工作").terms());
    }
}
