package fanwen.store.lucene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.TextLibrary;

/**
 * A query word that is a curated abbreviation (维权, 国企) also matches its long forms, whose parts may stand a
 * few words apart, so a text that only writes the long form has all the query's words.
 */
class AbbreviationSearchTest {

    @TempDir
    static Path temp;
    static TextLibrary library;

    @BeforeAll
    static void indexFourTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("union.txt", """
                工会工作规定
                工会依法维护职工的合法权益，代表职工同用人单位协商。
                """);
        texts.put("club.txt", """
                职工之家建设情况
                工会组织职工开展文体活动，丰富了职工的业余生活。
                """);
        texts.put("apart.txt", """
                年度工作要点
                工会要维护社会大局和谐稳定，推动职工收入稳步增长，切实保障困难群众的基本权益。
                """);
        texts.put("school.txt", """
                义务教育实施办法
                适龄儿童依法接受义务教育。国有企业举办的学校按照本办法移交。
                """);
        library = TextLibrary.of(temp, texts);
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    @Test
    void anAbbreviationFindsItsLongFormWithWordsBetweenItsParts() throws IOException {
        // 维护职工的合法权益: three words between 维护 and 权益
        assertEquals(List.of("union.txt"), library.documents("维权"));
    }

    @Test
    void partsOfALongFormFarApartDoNotCount() throws IOException {
        assertTrue(!library.documents("维权").contains("apart.txt"), "维护 … 权益 a sentence apart is not 维权");
    }

    @Test
    void aTextWritingTheLongFormHasAllTheWordsAndRanksFirst() throws IOException {
        List<String> hits = library.documents("工会 职工 维权");
        assertEquals("union.txt", hits.get(0), hits.toString());
        assertTrue(hits.containsAll(List.of("club.txt", "apart.txt")), "the others follow, with some of the words");
    }

    @Test
    void aWrittenOutNameIsFoundByItsAbbreviation() throws IOException {
        assertEquals(List.of("school.txt"), library.documents("国企"));
    }
}
