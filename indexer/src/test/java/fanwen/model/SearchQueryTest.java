package fanwen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A search's paging is bounded, and filters combine and lift as the facets need. */
class SearchQueryTest {

    private static SearchQuery page(int page, int size) {
        return new SearchQuery("挂职", Filters.NONE, SortOrder.RELEVANCE, page, size);
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
        assertThrows(IllegalArgumentException.class, () -> page(1, SearchQuery.MAX_SIZE + 1));
    }

    @Test
    void filtersGivenApartAndWrittenInTheQueryAddUpAndTheFirstYearRangeWins() {
        Filters given = new Filters(List.of("讲话"), Optional.of(2015), Optional.empty(), List.of(), List.of("示例"), List.of());
        Filters written = new Filters(List.of("总结"), Optional.of(2000), Optional.of(2020), List.of("市政府"), List.of(), List.of("省政府"));
        Filters both = given.and(written);
        assertEquals(List.of("讲话", "总结"), both.types());
        assertEquals(Optional.of(2015), both.yearFrom());
        assertEquals(Optional.of(2020), both.yearTo());
        assertEquals(List.of("市政府"), both.units());
        assertEquals(List.of("示例"), both.tags());
        assertEquals(List.of("省政府"), both.issuers());
    }

    @Test
    void aFacetsOwnFilterCanBeLiftedAlone() {
        Filters filters = new Filters(List.of("讲话"), Optional.of(2015), Optional.of(2016), List.of("市政府"),
                List.of("示例"), List.of("县政府"));
        for (Facet facet : Facet.values()) {
            assertTrue(filters.restricts(facet));
            Filters lifted = filters.without(facet);
            assertFalse(lifted.restricts(facet), facet.key());
            for (Facet other : Facet.values()) {
                assertEquals(other != facet, lifted.restricts(other), facet + " lifted, " + other);
            }
        }
        assertFalse(Filters.NONE.restricts(Facet.TAG));
    }
}
