package fanwen.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.Engine;
import fanwen.model.BackupSummary;
import fanwen.model.DataFolder;
import fanwen.model.DeclaredMetadata;
import fanwen.model.DocumentView;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestResult;
import fanwen.model.MetadataEdit;
import fanwen.model.SearchQuery;
import fanwen.model.SourceFile;

/**
 * A backup taken while uploads and deletes go on holds every document acknowledged before it began, with its
 * original and its edits, and restores into a new data folder that opens and searches.
 */
class LibraryBackupTest {

    @TempDir
    Path temp;

    @Test
    void aBackupTakenDuringWritesRestoresEveryDocumentAcknowledgedBeforeItBeganWithItsEdits() throws Exception {
        DataFolder library = new DataFolder(temp.resolve("data"));
        Path backup = temp.resolve("backup");
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id → marker
        Map<String, String> beforeBackup;
        String edited;
        try (Engine engine = Engine.open(library, ExtractionLimits.defaults(), 2)) {
            for (int i = 0; i < 5; i++) {
                upload(engine, i, acknowledged);
            }
            edited = acknowledged.keySet().iterator().next();
            assertTrue(engine.editMetadata(edited, new MetadataEdit(Optional.empty(), Optional.empty(),
                    Optional.of(2019), Optional.of(List.of("备份测试局")), Optional.of(List.of("已备份")))));
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicBoolean backingUp = new AtomicBoolean();
            List<Throwable> failures = new ArrayList<>();
            Thread writer = Thread.ofPlatform().start(() -> {
                for (int i = 100; writing.get(); i++) {
                    try {
                        String id = upload(engine, backingUp.get() ? 10_000 + i : i, acknowledged);
                        if (i % 3 == 0 && acknowledged.get(id).startsWith("BK2")) { // written during the backup
                            engine.delete(id);
                            acknowledged.remove(id);
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            Thread.sleep(300);
            backingUp.set(true);
            beforeBackup = Map.copyOf(acknowledged);
            BackupSummary summary = Engine.backup(library, backup);
            writing.set(false);
            writer.join();
            assertEquals(List.of(), failures);
            assertTrue(summary.documents() >= beforeBackup.size(), summary.toString());
            assertEquals(1, summary.edits());
        }
        assertFalse(Files.exists(backup.resolveSibling("backup.partial")));

        DataFolder restored = new DataFolder(temp.resolve("restored"));
        BackupSummary summary = Engine.restore(backup, restored);
        assertTrue(summary.documents() >= beforeBackup.size());
        try (Engine engine = Engine.open(restored, ExtractionLimits.defaults(), 1)) {
            for (String id : beforeBackup.keySet()) {
                assertTrue(engine.document(id).isPresent(), "document " + id + " acknowledged before");
            }
            DocumentView document = engine.document(edited).orElseThrow();
            assertEquals(List.of("备份测试局"), document.units());
            assertEquals(List.of("已备份"), document.tags());
            String marker = beforeBackup.values().iterator().next();
            assertEquals(1, engine.searchDocuments(SearchQuery.of(marker)).total());
        }
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmptyAndAFolderThatIsNotABackup() throws IOException {
        Path notBackup = Files.createDirectories(temp.resolve("not-a-backup"));
        Files.writeString(notBackup.resolve("x.txt"), "x");
        DataFolder target = new DataFolder(temp.resolve("target"));
        assertThrows(IOException.class, () -> Engine.restore(notBackup, target));
        assertThrows(IOException.class, () -> Engine.backup(new DataFolder(temp.resolve("none")),
                temp.resolve("copy")));
    }

    /** Uploads a file with a marker: BK0… before the writer starts, BK1… before the backup, BK2… during it. */
    private String upload(Engine engine, int n, Map<String, String> acknowledged) throws IOException {
        String marker = (n < 100 ? "BK0" : n < 10_000 ? "BK1" : "BK2") + (100_000 + n);
        Path file = Files.writeString(Files.createDirectories(temp.resolve("in")).resolve(marker + ".txt"),
                "关于" + marker + "的工作总结\n一、主要做法\n认真落实各项工作任务，编号" + marker + "。\n");
        IngestResult result = engine.ingestOne(SourceFile.upload(file, marker + ".txt", DeclaredMetadata.NONE));
        engine.commit();
        String id = result.id().orElseThrow(() -> new AssertionError(result.error()));
        acknowledged.put(id, marker);
        return id;
    }
}
