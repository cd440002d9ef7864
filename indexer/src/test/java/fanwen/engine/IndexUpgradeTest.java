package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.model.DataFolder;
import fanwen.model.DocumentView;
import fanwen.model.ExtractionLimits;
import fanwen.model.RebuildOutcome;
import fanwen.model.SearchQuery;
import fanwen.store.lucene.FanwenIndex;
import fanwen.store.lucene.Schema;

/**
 * A data folder written by the previous release (a fixture: three seed files and one metadata edit, with no
 * recorded schema version) is rebuilt from its originals when opened: the old index serves meanwhile, the edit
 * is kept, and the folder then records this release's version.
 */
class IndexUpgradeTest {

    /** The fixture's document whose metadata the user edited (year 2015, unit 市公安局, tag 旧版示例). */
    private static final String EDITED = "7e9444deefda302b";

    @TempDir
    Path temp;

    @Test
    void aFolderOfThePreviousReleaseIsRebuiltFromItsOriginalsWithItsEditsKept() throws IOException {
        DataFolder folder = previousRelease();
        assertEquals(Optional.of(1), FanwenIndex.versionOf(folder.index()));
        try (Engine engine = Engine.open(folder, ExtractionLimits.defaults(), 2)) {
            assertTrue(engine.indexOutdated());
            long before = engine.searchDocuments(SearchQuery.of("挂职")).total();
            assertEquals(2, before, "the old index serves before the rebuild");

            RebuildOutcome outcome = engine.rebuildIfOutdated();

            assertTrue(outcome.switched(), "failed: " + outcome.failed());
            assertEquals(3, outcome.documents());
            assertFalse(engine.indexOutdated());
            assertEquals(before, engine.searchDocuments(SearchQuery.of("挂职")).total());
            DocumentView edited = engine.document(EDITED).orElseThrow();
            assertEquals(Optional.of(2015), edited.year());
            assertEquals(List.of("市公安局"), edited.units());
            assertEquals(List.of("旧版示例"), edited.tags());
        }
        assertEquals(Optional.of(Schema.VERSION), FanwenIndex.versionOf(folder.index()));
        assertFalse(Files.exists(folder.indexRebuild()), "no rebuild folder is left behind");
        try (Engine reopened = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            assertFalse(reopened.indexOutdated());
            assertEquals(3, reopened.health().documents());
        }
    }

    @Test
    void searchesGoOnAnsweringWhileTheIndexIsRebuiltAndSwitched() throws Exception {
        DataFolder folder = previousRelease();
        try (Engine engine = Engine.open(folder, ExtractionLimits.defaults(), 2)) {
            AtomicBoolean rebuilding = new AtomicBoolean(true);
            List<Long> totals = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            Thread searches = Thread.ofPlatform().start(() -> {
                while (rebuilding.get()) {
                    try {
                        totals.add(engine.searchDocuments(SearchQuery.of("挂职")).total());
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }
            });
            try {
                assertTrue(engine.rebuildIfOutdated().switched());
            } finally {
                rebuilding.set(false);
                searches.join();
            }
            assertEquals(List.of(), failures);
            assertFalse(totals.isEmpty());
            assertTrue(totals.stream().allMatch(t -> t == 2), "every search found both documents: " + totals);
        }
    }

    @Test
    void aNewDataFolderIsWrittenWithThisReleasesVersion() throws IOException {
        DataFolder folder = new DataFolder(temp.resolve("new"));
        try (Engine engine = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            assertFalse(engine.indexOutdated());
            assertFalse(engine.rebuildIfOutdated().switched(), "nothing to rebuild");
        }
        assertEquals(Optional.of(Schema.VERSION), FanwenIndex.versionOf(folder.index()));
    }

    private DataFolder previousRelease() throws IOException {
        return TestCorpus.previousRelease(temp.resolve("data"));
    }
}
