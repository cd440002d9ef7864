package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * How staff search the genre: a topic and the kind of document wanted finds the documents of that kind — titleless
 * files under meaningless names included — before a regulation that merely uses the kind's word; a remembered run
 * of characters typed as it is finds the one text that holds it before texts that hold its words apart; a kind of
 * section asked for finds that section of a plan before law articles using its words, a few per document.
 */
class GenreQueriesTest {

    @TempDir
    static Path temp;
    static TextLibrary library;

    @BeforeAll
    static void indexTheGenreAndDistractors() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("d017.txt", """
                同志们：
                今天我们召开全县防汛抗旱工作会议，主要任务是安排部署今年的防汛抗旱工作。下面，我讲几点意见。
                一、提高认识，增强做好防汛抗旱工作的责任感
                大家要充分认识防汛抗旱工作的重要性，切实把思想统一到县委的部署上来。
                二、突出重点，扎实做好各项准备
                各乡镇要检查水库堤防，落实抢险队伍和物资，确保安全度汛。
                """);
        StringBuilder law = new StringBuilder("防汛抗旱指挥部工作规定\n");
        for (int article = 1; article <= 6; article++) {
            law.append("第").append("一二三四五六".charAt(article - 1)).append("条 防汛抗旱指挥部在领导讲话和会议部署后，")
                    .append("组织防汛抗旱检查，督促落实防汛抗旱责任。\n");
        }
        texts.put("regulation.txt", law.toString());
        texts.put("d042.txt", """
                一年来，我们坚持统筹推进城乡融合发展，城乡居民收入差距持续缩小。
                """);
        texts.put("d043.txt", """
                城乡规划要统筹兼顾。推进改革，推进发展，推进创新。城乡一体，统筹安排。融合发展，融合创新，城乡融合。
                统筹城乡，推进城乡建设，推进融合，统筹推进各项工作。
                """);
        texts.put("d088.txt", """
                为做好科技特派员下乡工作，制定本方案。
                一、指导思想
                以服务农村发展为目标，推动科技成果进村入户。
                二、基本原则
                坚持政府引导、农民自愿、因地制宜、注重实效的原则，一切从实际出发。
                三、保障措施
                加强组织领导，落实经费保障，建立考核机制。
                """);
        StringBuilder articles = new StringBuilder("思想政治工作条例\n");
        for (int article = 1; article <= 6; article++) {
            articles.append("第").append("一二三四五六".charAt(article - 1))
                    .append("条 各级组织应当坚持四项基本原则，坚持正确方向，遵循基本原则开展工作。\n");
        }
        texts.put("articles.txt", articles.toString());
        library = TextLibrary.of(temp, texts);
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    @Test
    void aTopicAndAKindFindTheUntitledSpeechBeforeTheRegulationThatSaysTheWord() throws IOException {
        List<String> hits = library.documents("防汛抗旱 领导讲话");
        assertFalse(hits.isEmpty());
        assertEquals("d017.txt", hits.get(0), hits.toString());
        assertEquals("d017.txt", library.documents("防汛抗旱领导讲话").get(0), "typed as one run");
    }

    @Test
    void aFragmentTypedAsItIsFindsTheTextThatHoldsItFirst() throws IOException {
        assertEquals("d042.txt", library.documents("统筹推进城乡融合").get(0));
        assertEquals("d042.txt", library.documents("统筹 推进 城乡 融合").get(0), "typed as words apart");
    }

    @Test
    void aSectionAskedForIsFoundBeforeArticlesThatUseItsWords() throws IOException {
        List<String> hits = library.passages("基本原则");
        assertEquals("d088.txt", hits.get(0), hits.toString());
    }

    @Test
    void aPageOfPassagesShowsAtMostTwoOfOneDocumentBeforeTheNextDocuments() throws IOException {
        List<String> hits = library.passages("基本原则");
        assertTrue(hits.size() >= 3, hits.toString());
        long articlesInFirstThree = hits.subList(0, 3).stream().filter("articles.txt"::equals).count();
        assertTrue(articlesInFirstThree <= 2, hits.toString());
    }

    @Test
    void aWordOfSeveralSegmentsThatNoPassageHoldsWhollyStillFindsTheClosest() throws IOException {
        assertFalse(library.passages("下一步科技打算").isEmpty());
    }
}
