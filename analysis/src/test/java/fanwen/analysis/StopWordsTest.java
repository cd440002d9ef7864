package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void functionWordsAreStopWords() {
        for (String word : List.of("的", "了", "和", "与", "及", "是", "在", "我们", "the", "and")) {
            assertTrue(StopWords.set().contains(word), word);
        }
    }

    @Test
    void contentWordsAreNot() {
        for (String word : List.of("工作", "加强", "发展", "建设", "不")) {
            assertFalse(StopWords.set().contains(word), word);
        }
    }
}
