package fanwen.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fanwen.model.DocumentType;

/** The query language users type, and how malformed input degrades to plain words. */
class QuerySyntaxTest {

    @Test
    void wordsPhrasesAndExclusionsAreTakenApart() {
        ParsedQuery q = QuerySyntax.parse("挂职锻炼 \"加强组织领导\" -讲话 -\"动员大会\"");
        assertEquals(List.of("挂职锻炼"), q.words());
        assertEquals(List.of("加强组织领导"), q.phrases());
        assertEquals(List.of("讲话", "动员大会"), q.excluded());
    }

    @Test
    void wordsNamingAKindOfDocumentAskForThatKindInsteadOfBeingWordsToFind() {
        ParsedQuery q = QuerySyntax.parse("防汛抗旱 领导讲话");
        assertEquals(List.of("防汛抗旱"), q.words());
        assertEquals(List.of("领导讲话"), q.kinds().stream().map(KindWanted::word).toList());
        assertTrue(q.kinds().get(0).types().contains(DocumentType.SPEECH));

        ParsedQuery joined = QuerySyntax.parse("招商引资工作总结");
        assertEquals(List.of("招商引资"), joined.words(), "a topic typed before the kind is split off");
        assertEquals(List.of("工作总结"), joined.kinds().stream().map(KindWanted::word).toList());
        assertTrue(joined.kinds().get(0).types().contains(DocumentType.SUMMARY));
    }

    @Test
    void aQueryOfKindWordsAloneStillFindsThemAsWordsAndAShortPrefixIsNoTopic() {
        ParsedQuery alone = QuerySyntax.parse("工作总结");
        assertEquals(List.of("工作总结"), alone.words());
        assertEquals(1, alone.kinds().size());
        assertEquals(List.of("小结"), QuerySyntax.parse("小结").words());
        ParsedQuery none = QuerySyntax.parse("挂职锻炼 干部");
        assertEquals(List.of(), none.kinds());
        assertEquals(List.of("挂职锻炼", "干部"), none.words());
    }

    @Test
    void chineseQuotesAndFullWidthSpacesWorkLikeAsciiOnes() {
        ParsedQuery q = QuerySyntax.parse("“乡村振兴”\u3000产业");
        assertEquals(List.of("乡村振兴"), q.phrases());
        assertEquals(List.of("产业"), q.words());
    }

    @Test
    void filtersAreReadInEnglishAndChinese() {
        ParsedQuery q = QuerySyntax.parse("type:讲话 单位：梅河口市总工会 tag:示例 year:2015..2020 就业");
        assertEquals(List.of("讲话"), q.filters().types());
        assertEquals(List.of("梅河口市总工会"), q.filters().units());
        assertEquals(List.of("示例"), q.filters().tags());
        assertEquals(Optional.of(2015), q.filters().yearFrom());
        assertEquals(Optional.of(2020), q.filters().yearTo());
        assertEquals(List.of("就业"), q.words());
    }

    @Test
    void aSingleYearAndOpenRangesAreYearFilters() {
        assertEquals(Optional.of(2015), QuerySyntax.parse("year:2015").filters().yearTo());
        ParsedQuery open = QuerySyntax.parse("year:..2020");
        assertEquals(Optional.empty(), open.filters().yearFrom());
        assertEquals(Optional.of(2020), open.filters().yearTo());
        assertEquals(Optional.of(2018), QuerySyntax.parse("year:2018-").filters().yearFrom());
    }

    @Test
    void malformedSyntaxDegradesToPlainWords() {
        ParsedQuery q = QuerySyntax.parse("\"未闭合的引号 type: year:abc - 挂职");
        assertEquals(List.of("未闭合的引号", "type:", "year:abc", "-", "挂职"), q.words());
        assertTrue(q.phrases().isEmpty());
        assertTrue(q.filters().types().isEmpty());
        assertEquals(Optional.empty(), q.filters().yearFrom());
    }

    @Test
    void hostileInputNeverFails() {
        String controls = "\u0000\u0007挂职\u001b[31m";
        assertEquals(List.of("挂职\u001b[31m"), QuerySyntax.parse(controls).words());
        assertTrue(QuerySyntax.parse("x".repeat(100_000)).words().get(0).length() <= 2_000);
        assertTrue(QuerySyntax.parse("").words().isEmpty());
        assertTrue(QuerySyntax.parse(null).words().isEmpty());
    }
}
