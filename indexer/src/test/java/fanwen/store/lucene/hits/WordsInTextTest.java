package fanwen.store.lucene.hits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import fanwen.model.Snippet;

class WordsInTextTest {

    @Test
    void everyPlaceWhenThePostingsCountAsManyAsTheTextHolds() throws IOException {
        WordsInText places = new WordsInText("加强管理，严格管理。");
        assertEquals(List.of(new Snippet.Range(2, 4), new Snippet.Range(7, 9)), places.find("管理", 2));
    }

    @Test
    void charactersOfTheWordAcrossTwoWordsAreNotTheWord() throws IOException {
        // 保管 | 理由: the characters 管理 stand there, the word does not
        WordsInText places = new WordsInText("加强管理，保管理由充分。");
        assertEquals(List.of(new Snippet.Range(2, 4)), places.find("管理", 1));
    }

    @Test
    void aWordIsFoundInTraditionalAndFullWidthWriting() throws IOException {
        assertEquals(List.of(new Snippet.Range(0, 2)), new WordsInText("加強管理").find("加强", 1));
        assertEquals(List.of(new Snippet.Range(3, 7)), new WordsInText("标准为ＧＢＴＸ。").find("gbtx", 1));
    }

    @Test
    void aPartOfACodeIsToldApartFromTheSameLettersInsideAWord() throws IOException {
        // the code PD1728_A_1 is indexed as pd|1728|a|1; "data" is one part
        WordsInText places = new WordsInText("data 与 PD1728_A_1");
        assertEquals(List.of(new Snippet.Range(14, 15)), places.find("a", 1));
    }
}
