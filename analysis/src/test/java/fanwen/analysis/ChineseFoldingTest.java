package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class ChineseFoldingTest {

    @Test
    void fullWidthBecomesHalfWidthAndLowerCase() {
        assertEquals("pd1728型号,gb/t 9704-2012", ChineseFolding.fold("ＰＤ１７２８型号，ＧＢ／Ｔ　９７０４－２０１２"));
        assertEquals("abc xyz", ChineseFolding.fold("ABC XyZ"));
    }

    @Test
    void traditionalBecomesSimplified() {
        assertEquals("广州共产党", ChineseFolding.fold("廣州共產黨"));
        assertEquals("台湾省总工会", ChineseFolding.fold("臺灣省總工會"));
    }

    @Test
    void charactersBeyondTheBmpPassThroughAndLengthIsKept() {
        String text = "𠮷野家𪚥Ｘ";
        String folded = ChineseFolding.fold(text);
        assertEquals("𠮷野家𪚥x", folded);
        assertEquals(text.length(), folded.length());
    }

    @Test
    void charFilterFoldsWhatItReadsWithoutMovingOffsets() throws IOException {
        try (Reader reader = new ChineseFoldingCharFilter(new StringReader("臺灣ＡＢＣ"))) {
            char[] buffer = new char[16];
            int read = reader.read(buffer, 0, buffer.length);
            assertEquals("台湾abc", new String(buffer, 0, read));
            assertEquals(3, ((ChineseFoldingCharFilter) reader).correctOffset(3));
        }
    }

    @Test
    void tokenFilterFoldsTermsAndKeepsOffsets() {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new ChineseFoldingFilter(tokenizer));
            }
        };
        Tokens tokens = Tokens.of(analyzer, "臺灣省總工會 ＧＢ／Ｔ");
        assertEquals("[台湾省总工会[0,6)+1word, gb/t[7,11)+1word]", tokens.toString());
    }
}
