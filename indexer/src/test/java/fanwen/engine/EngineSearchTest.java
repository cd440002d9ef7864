package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.extract.ExtractionLimits;
import fanwen.ingest.IngestListener;
import fanwen.ingest.IngestResult;
import fanwen.ingest.IngestStatus;
import fanwen.search.DocumentHit;
import fanwen.search.PassageHit;
import fanwen.search.SearchRequest;
import fanwen.search.SearchResult;
import fanwen.search.Snippet;

/** Search over the bundled seed essays and national reports, end to end through a real index on disk. */
class EngineSearchTest {

    @TempDir
    static Path temp;
    static Engine engine;
    static List<IngestResult> firstRun;

    @BeforeAll
    static void indexSeedAndReports() throws IOException {
        Path probe = temp.resolve("probe");
        Files.createDirectories(probe);
        Files.writeString(probe.resolve("probe.txt"), """
                设备型号说明
                本产品型号为PD1728_A_1，符合GB/T 9704-2012标准，支持5G网络，2023年投入使用。
                安装简单，待处理事项由专人负责。
                """);
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        firstRun = engine.ingester().ingest(engine.fileCollector().collect(
                List.of(TestCorpus.seed(), TestCorpus.nationalReports(), probe)).files(), IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static SearchResult<DocumentHit> search(String query) throws IOException {
        return engine.searcher().searchDocuments(SearchRequest.of(query));
    }

    @Test
    void everyBundledFileIsIndexed() {
        assertTrue(firstRun.size() > 80, "files: " + firstRun.size());
        firstRun.forEach(r -> assertEquals(IngestStatus.INDEXED, r.status(), r.toString()));
    }

    @Test
    void guazhiDuanlianListsTheSeedEssaysAboutItFirst() throws IOException {
        SearchResult<DocumentHit> result = search("挂职锻炼");
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
    void snippetMatchesPointAtTheQueryWordsInTheText() throws IOException {
        for (DocumentHit hit : search("挂职锻炼").hits()) {
            for (Snippet snippet : hit.snippets()) {
                for (Snippet.Range match : snippet.matches()) {
                    String marked = snippet.text().substring(match.start() - snippet.start(),
                            match.end() - snippet.start());
                    assertTrue("挂职锻炼".contains(marked) || marked.contains("挂职") || marked.contains("锻炼"),
                            "marked '" + marked + "' in " + hit.title());
                }
            }
        }
    }

    @Test
    void passagesComeWithTheirHeadingPath() throws IOException {
        SearchResult<PassageHit> result = engine.searcher().searchPassages(SearchRequest.of("基层工作经验"));
        assertTrue(result.total() > 0);
        PassageHit top = result.hits().get(0);
        assertFalse(top.headingPath().isEmpty(), top.toString());
        assertTrue(top.text().contains("基层"), top.text());
    }

    @Test
    void codesAndNumbersInsideChineseAreFound() throws IOException {
        for (String query : List.of("PD1728", "pd1728_a_1", "9704", "GB/T 9704-2012", "5G", "简单", "处理")) {
            SearchResult<DocumentHit> result = search(query);
            assertTrue(result.hits().stream().anyMatch(h -> h.source().equals("probe.txt")), query);
        }
    }

    @Test
    void aYearIsFoundInsideADate() throws IOException {
        assertTrue(search("2023").hits().stream().anyMatch(h -> h.source().equals("probe.txt")));
    }

    @Test
    void typeAndYearFiltersNarrowTheResults() throws IOException {
        SearchResult<DocumentHit> speeches = search("挂职 type:讲话");
        assertTrue(speeches.total() >= 1);
        speeches.hits().forEach(h -> assertEquals("讲话", h.type()));
        SearchResult<DocumentHit> recent = engine.searcher().searchDocuments(new SearchRequest("政府工作报告",
                List.of("报告"), Optional.of(2020), Optional.of(2022), List.of(), List.of(),
                SearchRequest.SortOrder.DATE, 1, 10));
        assertEquals(2, recent.total(), "the 2021 and 2022 reports (the corpus has none for 2020)");
        recent.hits().forEach(h -> assertTrue(h.year().orElseThrow() >= 2020 && h.year().orElseThrow() <= 2022));
    }

    @Test
    void excludedWordsRemoveDocuments() throws IOException {
        long all = search("挂职").total();
        SearchResult<DocumentHit> without = search("挂职 -讲话");
        assertTrue(without.total() < all);
        without.hits().forEach(h -> assertFalse(h.title().contains("讲话") && h.snippets().isEmpty()));
    }

    @Test
    void facetsCountTypesOverAllMatches() throws IOException {
        SearchResult<DocumentHit> result = search("挂职");
        int sum = result.facets().get("type").stream().mapToInt(f -> f.count()).sum();
        assertEquals(result.total(), sum);
    }

    @Test
    void reindexingTheSameFilesIsANoOp() throws IOException {
        List<IngestResult> again = engine.ingester().ingest(
                engine.fileCollector().collect(List.of(TestCorpus.seed())).files(), IngestListener.NONE);
        again.forEach(r -> assertEquals(IngestStatus.UNCHANGED, r.status()));
    }

    @Test
    void theSameTextInAnotherFileIsADuplicate() throws IOException {
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        String text = Files.readString(TestCorpus.seed().resolve("01_下派梅河口市总工会挂职半年工作总结.txt"));
        Files.writeString(copy.resolve("再次上传.txt"), text.replace("\n", "\r\n\r\n"));
        IngestResult result = engine.ingester().ingest(
                engine.fileCollector().collect(List.of(copy)).files(), IngestListener.NONE).get(0);
        assertEquals(IngestStatus.DUPLICATE, result.status());
        assertTrue(result.duplicateOf().isPresent());
    }
}
