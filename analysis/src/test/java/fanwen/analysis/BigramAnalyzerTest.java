package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BigramAnalyzerTest {

    private static final BigramAnalyzer BIGRAM = new BigramAnalyzer();

    @Test
    void aWordInsideACompoundIsABigram() {
        assertEquals(List.of("安装", "装简", "简单"), Tokens.of(BIGRAM, "安装简单").terms());
        assertTrue(Tokens.of(BIGRAM, "待处理事项").terms().contains("处理"));
    }

    @Test
    void aLoneHanCharacterIsAUnigram() {
        assertEquals(List.of("2023", "年"), Tokens.of(BIGRAM, "2023年").terms());
    }

    @Test
    void textIsFoldedFirst() {
        assertEquals(List.of("台湾", "pd1728"), Tokens.of(BIGRAM, "臺灣 ＰＤ１７２８").terms());
    }

    @Test
    void charactersBeyondTheBmpAreKept() {
        assertEquals(List.of("𠮷"), Tokens.of(BIGRAM, "𠮷").terms());
        assertEquals(List.of("𠮷野", "野家", "𪚥"), Tokens.of(BIGRAM, "𠮷野家，𪚥").terms());
    }
}
