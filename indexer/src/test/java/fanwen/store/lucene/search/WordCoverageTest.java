package fanwen.store.lucene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.Filters;
import fanwen.model.IngestListener;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;

/**
 * When no document has all the words, those with more of them come before those with fewer, whatever their
 * scores — over several index segments, and the same on every page.
 */
class WordCoverageTest {

    private static final String[] WORDS = {"蓝莓", "冷链", "直播"};
    private static final Map<String, Integer> WORDS_IN = new HashMap<>();

    @TempDir
    static Path temp;
    static Engine engine;

    @BeforeAll
    static void indexTextsWithOneOrTwoOfThreeWordsInThreeSegments() throws IOException {
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        for (int batch = 0; batch < 3; batch++) {
            Path in = Files.createDirectories(temp.resolve("in-" + batch));
            for (int i = 0; i < 8; i++) {
                int n = batch * 8 + i;
                // one word repeated up to 8 times, or two words once each; never all three
                boolean two = n % 3 == 0;
                String first = WORDS[n % 3];
                String body = two ? first + "工作和" + WORDS[(n + 1) % 3] + "工作稳步推进。"
                        : (first + "产业发展较快。").repeat(1 + n % 8);
                String name = "doc-" + n + ".txt";
                Files.writeString(in.resolve(name), "情况汇报" + n + "\n" + body + "\n其他各项工作有序开展。\n");
                WORDS_IN.put(name, two ? 2 : 1);
            }
            engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE); // commits
        }
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<String> page(int page, int size) throws IOException {
        SearchQuery request = new SearchQuery("蓝莓 冷链 直播", Filters.NONE, SortOrder.RELEVANCE, page, size);
        return engine.searchDocuments(request).hits().stream()
                .map(hit -> Path.of(hit.source()).getFileName().toString()).toList();
    }

    @Test
    void documentsWithTwoOfTheWordsComeBeforeThoseWithOneRepeated() throws IOException {
        List<String> all = page(1, 50);
        assertEquals(24, all.size(), all.toString());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(WORDS_IN.get(all.get(i)) <= WORDS_IN.get(all.get(i - 1)), "more words first: " + all);
        }
    }

    @Test
    void everyPageAgreesWithOneLongPage() throws IOException {
        List<String> paged = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            paged.addAll(page(p, 4));
        }
        assertEquals(page(1, 50), paged);
    }
}
