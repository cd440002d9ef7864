package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.SimilarDocument;
import fanwen.model.SimilarPassage;
import fanwen.similar.NearDuplicateFinder;

/** Near duplicates and versions among similar documents and passages, on the seed essays and reports. */
class NearDuplicatesTest {

    @TempDir
    static Path temp;
    static Engine engine;
    static Map<String, String> ids;

    @BeforeAll
    static void index() throws IOException {
        Path extra = Files.createDirectories(temp.resolve("extra"));
        String essay = Files.readString(seedFile("02_"));
        List<String> lines = essay.lines().toList();
        // a copy with every fifth line left out: last year's summary, trimmed
        Files.writeString(extra.resolve("trimmed.txt"), lines.stream()
                .filter(l -> lines.indexOf(l) == 0 || lines.indexOf(l) % 5 != 2).collect(Collectors.joining("\n")));
        // another text under the same title as essay 03: a "version"
        Files.writeString(extra.resolve("version.txt"), "选派机关干部到基层中队挂职锻炼实施方案\n"
                + "一、目的\n本方案已经修订，各单位按新的要求选派干部，名额和期限另行通知。\n");
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        List<IngestResult> results = engine.ingest(engine.collect(
                List.of(TestCorpus.seed(), TestCorpus.nationalReports(), extra)).files(), IngestListener.NONE);
        engine.commit();
        ids = results.stream().collect(Collectors.toMap(r -> Path.of(r.source()).getFileName().toString(),
                r -> r.id().orElseThrow(), (a, b) -> a));
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void aTrimmedCopyIsANearDuplicateListedFirst() throws IOException {
        String original = idOf("02_");
        List<SimilarDocument> similar = engine.similarDocuments(original, 5).orElseThrow();
        assertEquals(ids.get("trimmed.txt"), similar.get(0).hit().id());
        assertTrue(similar.get(0).nearDuplicate());
        assertTrue(similar.get(0).similarity() >= NearDuplicateFinder.THRESHOLD);
        assertTrue(similar.stream().skip(1).noneMatch(SimilarDocument::nearDuplicate), similar.toString());
        assertEquals(ids.get("trimmed.txt"),
                engine.nearDuplicates(original).orElseThrow().get(0).id());
    }

    @Test
    void anotherVersionUnderTheSameTitleComesFirstButIsNoNearDuplicate() throws IOException {
        List<SimilarDocument> similar = engine.similarDocuments(idOf("03_"), 5).orElseThrow();
        assertEquals(ids.get("version.txt"), similar.get(0).hit().id());
        assertFalse(similar.get(0).nearDuplicate());
    }

    @Test
    void aPassageCopiedVerbatimIsANearDuplicatePassage() throws IOException {
        String original = idOf("02_");
        List<SimilarPassage> similar = engine.similarPassages(original + "-1", 3).orElseThrow();
        assertTrue(similar.get(0).nearDuplicate(), similar.toString());
        assertEquals(ids.get("trimmed.txt"), similar.get(0).hit().docId());
    }

    @Test
    void unrelatedDocumentsAreNoNearDuplicates() throws IOException {
        assertTrue(engine.nearDuplicates(idOf("10_")).orElseThrow().isEmpty());
        assertTrue(engine.similarDocuments(idOf("10_"), 10).orElseThrow().stream()
                .noneMatch(SimilarDocument::nearDuplicate));
    }

    private static String idOf(String prefix) {
        return ids.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow().getValue();
    }

    private static Path seedFile(String prefix) throws IOException {
        try (var files = Files.list(TestCorpus.seed())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
