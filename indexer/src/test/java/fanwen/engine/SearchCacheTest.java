package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;

class SearchCacheTest {

    private final SearchCache cache = new SearchCache();
    private final AtomicInteger searches = new AtomicInteger();

    private SearchPage<String> page(String text, long version) throws IOException {
        return cache.page(false, SearchQuery.of(text), version, () -> {
            searches.incrementAndGet();
            return new SearchPage<>(1, 5, List.of(text + "@" + version), Map.of());
        });
    }

    @Test
    void theSameSearchAtTheSameVersionIsAnsweredFromWhatWasKept() throws IOException {
        assertEquals(List.of("规划@7"), page("规划", 7).hits());
        assertEquals(List.of("规划@7"), page("规划", 7).hits());
        assertEquals(1, searches.get());
    }

    @Test
    void aChangeOfTheLibraryOrOfTheVocabularySearchesAgain() throws IOException {
        page("规划", 7);
        assertEquals(List.of("规划@8"), page("规划", 8).hits());
        cache.clear();
        page("规划", 8);
        assertEquals(3, searches.get());
    }

    @Test
    void onlyTheMostRecentlyAskedAreKept() throws IOException {
        for (int i = 0; i <= SearchCache.ENTRIES; i++) {
            page("词" + i, 1);
        }
        page("词" + SearchCache.ENTRIES, 1); // kept
        page("词0", 1); // the eldest, dropped
        assertEquals(SearchCache.ENTRIES + 2, searches.get());
    }
}
