package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.analysis.ChineseAnalyzer;
import fanwen.analysis.HanLPTokenizer;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;

/** Terms in the data folder's user dictionary take effect when the engine starts, with no rebuild. */
class UserDictionaryTest {

    private static final String TERM = "蓝鲸督查台";

    @TempDir
    Path temp;

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (ChineseAnalyzer analyzer = new ChineseAnalyzer(HanLPTokenizer.Mode.QUERY, false);
             TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void aTermInTheUserDictionaryIsOneWordAfterTheNextStart() throws IOException {
        assertTrue(words(TERM).size() > 1, "the stock dictionary splits it: " + words(TERM));
        DataFolder folder = new DataFolder(temp.resolve("data"));
        Files.createDirectories(folder.dictionaries());
        Files.writeString(folder.dictionaries().resolve("user.txt"), "# 本单位术语\n" + TERM + " nz\n");
        try (Engine engine = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            assertEquals(List.of(TERM), words(TERM));
            assertEquals(List.of("建设", TERM), words("建设" + TERM));
        }
    }
}
