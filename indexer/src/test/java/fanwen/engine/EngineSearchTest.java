package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.analysis.Synonyms;
import fanwen.model.DataFolder;
import fanwen.model.DocumentHit;
import fanwen.model.ExtractionLimits;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.Filters;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.model.Snippet;
import fanwen.model.SortOrder;
import fanwen.store.lucene.FanwenIndex;
import fanwen.store.lucene.Schema;

/** Search over the bundled seed essays and national reports, end to end through a real index on disk. */
class EngineSearchTest {

    @TempDir
    static Path temp;
    static Engine engine;
    static DataFolder folder;
    static List<IngestResult> firstRun;

    @BeforeAll
    static void indexSeedAndReports() throws IOException {
        Path probe = temp.resolve("probe");
        Files.createDirectories(probe);
        Files.writeString(probe.resolve("probe.txt"), """
                设备型号说明
                本产品型号为PD1728_A_1，符合GB/T 9704-2012标准，支持5G网络，2023年投入使用。
                安装简单，待处理事项由专人负责。
                各项指标的总和平均分配到各季度。
                """);
        Files.writeString(probe.resolve("probe-b.txt"), """
                旧设备清单
                旧型号为PD1728_B_2，已停产。
                附件a列出第1批待更换的设备。
                """);
        folder = new DataFolder(temp.resolve("data"));
        engine = Engine.open(folder, ExtractionLimits.defaults(), 2);
        firstRun = engine.ingest(engine.collect(
                List.of(TestCorpus.seed(), TestCorpus.nationalReports(), probe)).files(), IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static SearchPage<DocumentHit> search(String query) throws IOException {
        return engine.searchDocuments(SearchQuery.of(query));
    }

    /** Every document {@code query} finds, all pages. */
    private static List<DocumentHit> all(String query) throws IOException {
        SearchPage<DocumentHit> result = engine.searchDocuments(new SearchQuery(query, Filters.NONE,
                SortOrder.RELEVANCE, 1, SearchQuery.MAX_SIZE));
        assertTrue(result.total() <= SearchQuery.MAX_SIZE, "more than one page for " + query);
        return result.hits();
    }

    private static List<String> sources(String query) throws IOException {
        return all(query).stream().map(DocumentHit::source).toList();
    }

    private static String idOf(String source) {
        return firstRun.stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow().id().orElseThrow();
    }

    private static String textOf(String id) throws IOException {
        return engine.document(id).orElseThrow().text();
    }

    /** How many documents of the block {@code id} match {@code query} in the index. */
    private static int countInDocument(String id, Query query) throws IOException {
        Query inDocument = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.BLOCK_ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                .build();
        try (FanwenIndex index = FanwenIndex.openForReading(folder.index())) {
            return index.withSearcher(searcher -> searcher.count(inDocument));
        }
    }

    @Test
    void everyBundledFileIsIndexed() {
        assertTrue(firstRun.size() > 80, "files: " + firstRun.size());
        firstRun.forEach(r -> assertEquals(IngestStatus.INDEXED, r.status(), r.toString()));
    }

    @Test
    void guazhiDuanlianListsTheSeedEssaysAboutItFirst() throws IOException {
        SearchPage<DocumentHit> result = search("挂职锻炼");
        assertTrue(result.total() >= 3, "total " + result.total());
        List<String> seedFiles;
        try (var files = Files.list(TestCorpus.seed())) {
            seedFiles = files.map(f -> f.getFileName().toString()).toList();
        }
        for (DocumentHit hit : result.hits().subList(0, 3)) {
            assertTrue(seedFiles.contains(hit.source()), hit.source());
        }
        assertTrue(result.hits().get(0).snippets().get(0).html().contains("<mark>"));
    }

    @Test
    void aNarrowQueryIsWidenedToDocumentsWithSomeOfItsWordsButNeverToAll() throws IOException {
        long withTheWord = search("挂职").total();
        SearchPage<DocumentHit> widened = search("挂职 火星探测器");
        assertEquals(withTheWord, widened.total(), "documents with 挂职, not the whole library");
        SearchQuery byDate = new SearchQuery("挂职 火星探测器", Filters.NONE, SortOrder.DATE, 1, 10);
        SearchPage<DocumentHit> dated = engine.searchDocuments(byDate);
        assertEquals(widened.total(), dated.total(), "the order does not change what is found");
        assertEquals(widened.facets(), dated.facets());
    }

    @Test
    void aCuratedSynonymFindsDocumentsWordedOtherwise() throws IOException {
        // 员工 and 职工 are synonyms: the essay on 下岗职工培训 never says 员工
        SearchPage<DocumentHit> result = search("下岗员工 培训");
        assertTrue(result.hits().stream().anyMatch(h -> h.source().startsWith("01_")), result.hits().toString());
        DocumentHit essay = result.hits().stream().filter(h -> h.source().startsWith("01_")).findFirst().orElseThrow();
        assertFalse(textOf(essay.id()).contains("员工"));
    }

    /** The curated synonyms of every word inside {@code query}, concatenated: they may be marked too. */
    private static String synonymsInside(String query) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < query.length(); i++) {
            for (int j = i + 2; j <= Math.min(query.length(), i + 4); j++) {
                Synonyms.bundled().of(query.substring(i, j)).forEach(out::append);
            }
        }
        return out.toString();
    }

    @Test
    void documentSnippetsAndTheirMatchesAreExactRangesOfTheDocumentText() throws IOException {
        for (String query : List.of("挂职锻炼", "基层 调研", "蓝天保卫战", "type:讲话")) {
            String markable = query + synonymsInside(query);
            for (DocumentHit hit : search(query).hits()) {
                String text = textOf(hit.id());
                assertFalse(hit.snippets().isEmpty(), hit.title());
                for (Snippet snippet : hit.snippets()) {
                    assertEquals(text.substring(snippet.start(), snippet.end()), snippet.text(), hit.title());
                    for (Snippet.Range match : snippet.matches()) {
                        String marked = text.substring(match.start(), match.end());
                        assertTrue(marked.chars().allMatch(c -> markable.indexOf(c) >= 0),
                                "marked '" + marked + "' in " + hit.title() + " for " + query);
                    }
                }
            }
        }
        assertTrue(search("挂职锻炼").hits().get(0).snippets().stream().anyMatch(s -> !s.matches().isEmpty()));
    }

    @Test
    void aDocumentWithoutMatchingPassagesShowsItsBeginning() throws IOException {
        // no text, so no passage matches: the snippet is the start of the first passage
        DocumentHit hit = search("type:讲话").hits().get(0);
        Snippet snippet = hit.snippets().get(0);
        assertEquals(1, hit.snippets().size());
        assertTrue(snippet.matches().isEmpty());
        int firstPassage;
        try (FanwenIndex index = FanwenIndex.openForReading(folder.index())) {
            firstPassage = index.findPassage(hit.id() + "-0").orElseThrow().getField(Schema.START).numericValue()
                    .intValue();
        }
        assertEquals(firstPassage, snippet.start());
    }

    @Test
    void passagesComeWithTheirHeadingPath() throws IOException {
        SearchPage<PassageHit> result = engine.searchPassages(SearchQuery.of("基层工作经验"));
        assertTrue(result.total() > 0);
        PassageHit top = result.hits().get(0);
        assertFalse(top.headingPath().isEmpty(), top.toString());
        assertTrue(top.text().contains("基层"), top.text());
    }

    @Test
    void codesAndNumbersInsideChineseAreFound() throws IOException {
        for (String query : List.of("PD1728", "pd1728_a_1", "9704", "GB/T 9704-2012", "5G")) {
            SearchPage<DocumentHit> result = search(query);
            assertTrue(result.hits().stream().anyMatch(h -> h.source().equals("probe.txt")), query);
        }
    }

    @Test
    void aLetterDigitCodeMatchesItsPartsInOrderNotAnywhere() throws IOException {
        // probe-b.txt holds PD1728_B_2, and a and 1 elsewhere: all four parts of PD1728_A_1, not the code
        assertEquals(List.of("probe.txt"), sources("PD1728_A_1"));
        assertEquals(List.of("probe.txt"), sources("pd1728-a-1"));
        assertEquals(List.of("probe-b.txt"), sources("PD1728_B_2"));
        assertEquals(List.of("probe-b.txt", "probe.txt"), sources("PD1728").stream().sorted().toList());
        assertTrue(sources("9704").contains("probe.txt"));
    }

    @Test
    void aWordAcrossTwoSegmentedWordsIsFoundOnlyThroughTheBigramField() throws IOException {
        // HanLP reads 总和平均 as 总和 平均: the word field of the probe has no 和平, its bigram field has
        String probe = idOf("probe.txt");
        assertTrue(textOf(probe).contains("总和平均"));
        assertEquals(0, countInDocument(probe, new TermQuery(new Term(Schema.BODY, "和平"))));
        assertEquals(1, countInDocument(probe, new TermQuery(new Term(Schema.DOC_BIGRAM, "和平"))));
        assertEquals(List.of("probe.txt"), sources("和平 PD1728_A_1"));
    }

    @Test
    void aYearIsFoundInsideADate() throws IOException {
        assertTrue(search("2023").hits().stream().anyMatch(h -> h.source().equals("probe.txt")));
    }

    @Test
    void typeAndYearFiltersNarrowTheResults() throws IOException {
        SearchPage<DocumentHit> speeches = search("挂职 type:讲话");
        assertTrue(speeches.total() >= 1);
        speeches.hits().forEach(h -> assertEquals("讲话", h.type()));
        SearchPage<DocumentHit> recent = engine.searchDocuments(new SearchQuery("政府工作报告", new Filters(List.of("报告"), Optional.of(2020), Optional.of(2022), List.of(), List.of(), List.of()), SortOrder.DATE, 1, 10));
        assertEquals(2, recent.total(), "the 2021 and 2022 reports (the corpus has none for 2020)");
        recent.hits().forEach(h -> assertTrue(h.year().orElseThrow() >= 2020 && h.year().orElseThrow() <= 2022));
    }

    @Test
    void sortingByDatePlacesDocumentsKnownOnlyByTheirYearAmongTheDatedOnes() throws IOException {
        SearchPage<DocumentHit> byDate = engine.searchDocuments(new SearchQuery("", Filters.NONE, SortOrder.DATE, 1, 100));
        List<Integer> years = byDate.hits().stream().map(h -> h.year().orElse(0)).toList();
        assertTrue(byDate.hits().stream().anyMatch(h -> h.date().isEmpty() && h.year().isPresent()),
                "the corpus has documents known only by their year");
        for (int i = 1; i < years.size(); i++) {
            assertTrue(years.get(i) <= years.get(i - 1), "newest first, documents without a year last: " + years);
        }
    }

    @Test
    void excludedWordsRemoveDocuments() throws IOException {
        long all = search("挂职").total();
        List<DocumentHit> without = all("挂职 -讲话");
        assertTrue(without.size() < all, without.size() + " of " + all);
        assertFalse(without.isEmpty());
        for (DocumentHit hit : without) {
            assertFalse(textOf(hit.id()).contains("讲话"), hit.title());
        }
    }

    @Test
    void facetsCountTypesOverAllMatches() throws IOException {
        SearchPage<DocumentHit> result = search("挂职");
        int sum = result.facets().get(Facet.TYPE).stream().mapToInt(f -> f.count()).sum();
        assertEquals(result.total(), sum);
    }

    @Test
    void aFilteredFacetStillCountsItsOtherValuesTheOthersCountWhatTheFilterFinds() throws IOException {
        SearchPage<DocumentHit> speeches = search("挂职 type:讲话");
        List<FacetCount> types = speeches.facets().get(Facet.TYPE);
        assertTrue(types.size() > 1, "other types are offered too: " + types);
        for (FacetCount type : types) {
            assertEquals(search("挂职 type:" + type.value()).total(), type.count(), type.value());
        }
        int speechYears = speeches.facets().get(Facet.YEAR).stream().mapToInt(FacetCount::count).sum();
        assertTrue(speechYears <= speeches.total(), "years of the speeches only: " + speeches.facets().get(Facet.YEAR));
        SearchPage<DocumentHit> recent = search("挂职 year:2015..2015");
        for (FacetCount year : recent.facets().get(Facet.YEAR)) {
            assertEquals(search("挂职 year:" + year.value()).total(), year.count(), year.value());
        }
    }

    @Test
    void facetsAloneCountLikeASearch() throws IOException {
        assertEquals(search("").facets(), engine.stats().facets());
    }

    @Test
    void reindexingTheSameFilesIsANoOp() throws IOException {
        List<IngestResult> again = engine.ingest(
                engine.collect(List.of(TestCorpus.seed())).files(), IngestListener.NONE);
        again.forEach(r -> assertEquals(IngestStatus.UNCHANGED, r.status()));
    }

    @Test
    void theSameTextInAnotherFileIsADuplicate() throws IOException {
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        String text = Files.readString(TestCorpus.seed().resolve("01_下派梅河口市总工会挂职半年工作总结.txt"));
        Files.writeString(copy.resolve("再次上传.txt"), text.replace("\n", "\r\n\r\n"));
        IngestResult result = engine.ingest(
                engine.collect(List.of(copy)).files(), IngestListener.NONE).get(0);
        assertEquals(IngestStatus.DUPLICATE, result.status());
        assertTrue(result.duplicateOf().isPresent());
    }
}
