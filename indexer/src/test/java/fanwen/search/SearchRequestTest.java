package fanwen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest page(int page, int size) {
        return new SearchRequest("挂职", List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                SearchRequest.SortOrder.RELEVANCE, page, size);
    }

    @Test
    void pagingReachesTheTenThousandthHitAndNoFurther() {
        assertEquals(100, page(100, 100).page());
        assertEquals(10_000, page(10_000, 1).page());
        IllegalArgumentException deep = assertThrows(IllegalArgumentException.class, () -> page(101, 100));
        assertTrue(deep.getMessage().contains("page × size must be ≤ 10000"), deep.getMessage());
    }

    @Test
    void aPageNumberWhoseProductOverflowsIsRefusedNotWrappedAround() {
        // 21,474,837 × 100 wraps to a negative int
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
                () -> page(21_474_837, 100));
        assertTrue(huge.getMessage().contains("page × size must be ≤ 10000"), huge.getMessage());
        assertThrows(IllegalArgumentException.class, () -> page(Integer.MAX_VALUE, 100));
    }

    @Test
    void pageAndSizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> page(0, 10));
        assertThrows(IllegalArgumentException.class, () -> page(1, 0));
        assertThrows(IllegalArgumentException.class, () -> page(1, SearchRequest.MAX_SIZE + 1));
    }
}
