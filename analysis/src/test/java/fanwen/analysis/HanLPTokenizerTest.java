package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void indexModeStacksSubWordsAtTheCoveringWord() {
        Tokens tokens = Tokens.of(INDEX, "总工会");
        assertEquals(List.of("总工会|总工|工会"), tokens.stacked());
        assertEquals(HanLPTokenizer.TYPE_SUBWORD, tokens.list().get(2).type());
        assertEquals(List.of("总工会"), Tokens.of(QUERY, "总工会").terms());
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
