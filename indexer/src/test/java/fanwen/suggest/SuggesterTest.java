package fanwen.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.Engine;
import fanwen.engine.TestCorpus;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.Suggestion;

/** Suggestions over the bundled seed essays, typed in Chinese and in pinyin. */
class SuggesterTest {

    @TempDir
    static Path temp;
    static Engine engine;

    @BeforeAll
    static void indexSeed() throws IOException {
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        engine.ingest(engine.collect(List.of(TestCorpus.seed())).files(),
                IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<Suggestion> suggest(String input, int max) throws IOException {
        return engine.suggest(input, max);
    }

    private static List<String> texts(String input) throws IOException {
        return suggest(input, 10).stream().map(Suggestion::text).toList();
    }

    @Test
    void afterAChangeSuggestionsComeFromThePreviousCatalogueUntilTheNewOneIsBuilt() throws Exception {
        Path in = Files.createDirectories(temp.resolve("orchard"));
        Files.writeString(in.resolve("plan.txt"), "苹果产业发展规划\n推进苹果标准化种植。\n");
        try (Engine small = Engine.open(new DataFolder(temp.resolve("orchard-data")), ExtractionLimits.defaults(), 1)) {
            small.ingest(small.collect(List.of(in)).files(), IngestListener.NONE);
            assertTrue(titles(small, "苹果").contains("苹果产业发展规划"));
            Files.writeString(in.resolve("berries.txt"), "蓝莓产业发展规划\n推进蓝莓标准化种植。\n");
            small.ingest(small.collect(List.of(in)).files(), IngestListener.NONE); // commits
            assertFalse(titles(small, "蓝莓").contains("蓝莓产业发展规划"), "answered at once, from before the change");
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!titles(small, "蓝莓").contains("蓝莓产业发展规划") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(titles(small, "蓝莓").contains("蓝莓产业发展规划"), "the new catalogue arrives");
        }
    }

    private static List<String> titles(Engine engine, String input) throws IOException {
        return engine.suggest(input, 10).stream().map(Suggestion::text).toList();
    }

    @Test
    void guazhiSuggestsTheKeyPhrasesStartingWith挂职() throws IOException {
        List<String> texts = texts("guazhi");
        assertTrue(texts.containsAll(List.of("挂职锻炼", "挂职干部")), texts.toString());
        texts.forEach(text -> assertTrue(text.startsWith("挂职"), text));
    }

    @Test
    void pinyinTypedFurtherNarrowsTheSuggestions() throws IOException {
        assertEquals(List.of("挂职干部"), texts("guazhig"));
        assertEquals(List.of("挂职锻炼"), texts("guazhiduan"));
    }

    @Test
    void initialsGzgbSuggest挂职干部() throws IOException {
        assertEquals("挂职干部", texts("gzgb").getFirst());
    }

    @Test
    void hanLPGivesGzgbNotGzdbAsTheInitialsOf挂职干部() throws IOException {
        assertEquals(new PinyinKeys("guazhiganbu", "gzgb"), PinyinKeys.of("挂职干部"));
        assertFalse(texts("gzdb").contains("挂职干部"));
    }

    @Test
    void upperCasePinyinAndSpacesWork() throws IOException {
        assertEquals(texts("guazhi"), texts("Gua Zhi"));
        assertEquals(texts("gzgb"), texts(" GZ GB "));
    }

    @Test
    void aChinesePrefixSuggestsTitlesStartingWithIt() throws IOException {
        assertEquals(List.of(new Suggestion("光坡镇挂职锻炼工作总结", "title")), suggest("光坡", 10));
        List<String> texts = texts("在");
        assertTrue(texts.containsAll(List.of("在挂职干部座谈会上的讲话", "在年轻干部到乡镇挂职锻炼动员会上的讲话")),
                texts.toString());
    }

    @Test
    void completionsComeBeforeMatchesInsideATextAndPhrasesBeforeTitles() throws IOException {
        List<String> texts = texts("挂职");
        int firstInside = texts.indexOf(texts.stream().filter(t -> !t.startsWith("挂职")).findFirst().orElseThrow());
        assertTrue(firstInside > 0, texts.toString());
        texts.subList(firstInside, texts.size()).forEach(t -> assertFalse(t.startsWith("挂职"), texts.toString()));
        texts.forEach(t -> assertTrue(t.contains("挂职"), t));
        assertEquals("keyword", suggest("挂职", 1).getFirst().kind());
    }

    @Test
    void traditionalCharactersAreFolded() throws IOException {
        assertEquals(texts("挂职"), texts("掛職"));
    }

    @Test
    void domainTermsTheLibraryUsesAreKeyPhrasesAndTheOthersAreNot() throws IOException {
        assertTrue(suggest("kejite", 10).contains(new Suggestion("科技特派员", "keyword")),
                suggest("kejite", 10).toString());
        assertEquals(List.of(), texts("精准扶贫"));
        assertEquals(List.of(), texts("jzfp"));
    }

    @Test
    void unknownInputSuggestsNothing() throws IOException {
        assertEquals(List.of(), texts("xyzqxyzq"));
        assertEquals(List.of(), texts("鑫鑫鑫"));
        assertEquals(List.of(), texts("   "));
        assertEquals(List.of(), suggest(null, 10));
    }

    @Test
    void theSizeLimitIsRespected() throws IOException {
        assertTrue(texts("g").size() == 10, texts("g").toString());
        assertEquals(3, suggest("g", 3).size());
        assertEquals(suggest("g", 10).subList(0, 3), suggest("g", 3));
        assertEquals(List.of(), suggest("g", 0));
    }
}
