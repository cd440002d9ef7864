package fanwen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.extract.Extractor;
import fanwen.index.OriginalsStore;
import fanwen.model.DeclaredMetadata;
import fanwen.model.IngestResult;
import fanwen.model.RebuildOutcome;
import fanwen.model.SourceFile;
import fanwen.store.lucene.FanwenIndex;
import fanwen.store.lucene.IndexFolders;
import fanwen.store.lucene.LuceneStore;
import fanwen.structure.DocumentStructurer;

/**
 * A rebuild runs beside a live index that keeps taking writes: what is uploaded or deleted while it runs is in
 * the index it switches to; a document that cannot be rebuilt stops the switch; a crash in the middle of a
 * switch is finished or undone on the next opening.
 */
class IndexRebuildTest {

    @TempDir
    Path temp;

    private Extractor extractor;
    private OriginalsStore originals;
    private LuceneStore live;
    private Ingester ingester;
    private Reindexer reindexer;

    @BeforeEach
    void openLiveIndex() throws IOException {
        extractor = new Extractor();
        originals = new OriginalsStore(temp.resolve("originals"));
        live = LuceneStore.openForWriting(temp.resolve("index"));
        ingester = ingesterOver(live);
        reindexer = new Reindexer(ingester, originals, extractor);
    }

    @AfterEach
    void close() throws IOException {
        live.close();
        extractor.close();
    }

    private Ingester ingesterOver(LuceneStore index) {
        return new Ingester(index, originals, extractor, new DocumentStructurer(), MetadataOverrides.NONE, 2);
    }

    private String upload(String name, String text) throws IOException {
        Path file = Files.writeString(Files.createDirectories(temp.resolve("in")).resolve(name), text);
        IngestResult result = ingester.ingestOne(SourceFile.upload(file, name, DeclaredMetadata.NONE));
        ingester.commit();
        return result.id().orElseThrow(() -> new AssertionError(result.error()));
    }

    @Test
    void writesMadeWhileTheRebuildRunsAreInTheIndexItSwitchesTo() throws IOException {
        String kept = upload("a.txt", "关于加强防汛工作的通知\n各乡镇要落实防汛责任制。\n");
        String deleted = upload("b.txt", "挂职锻炼工作总结\n一年来，我在基层挂职锻炼，收获很大。\n");
        Path target = temp.resolve("index.rebuild");
        LuceneStore targetIndex = LuceneStore.openForWriting(target);
        AtomicBoolean written = new AtomicBoolean();
        String[] added = new String[1];

        RebuildOutcome outcome = new IndexRebuild(live, ingester, reindexer, 2).run(targetIndex,
                ingesterOver(targetIndex), () -> live.replaceWith(target), (done, total) -> {
                    if (written.compareAndSet(false, true)) { // while the rebuild runs: one upload, one delete
                        try {
                            added[0] = upload("c.txt", "招商引资工作汇报\n今年引进项目十二个，总投资八亿元。\n");
                            assertTrue(ingester.delete(deleted));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });

        assertTrue(outcome.switched(), "failed: " + outcome.failed());
        assertEquals(2, live.counts().documents());
        assertTrue(live.document(kept).isPresent());
        assertTrue(live.document(added[0]).isPresent(), "the upload made during the rebuild is kept");
        assertFalse(live.document(deleted).isPresent(), "the delete made during the rebuild is kept");
        assertFalse(Files.exists(target));
    }

    @Test
    void aDocumentWhoseOriginalIsGoneStopsTheSwitchAndTheOldIndexStays() throws IOException {
        String id = upload("a.txt", "关于加强防汛工作的通知\n各乡镇要落实防汛责任制。\n");
        String hash = live.document(id).orElseThrow().originalHash();
        originals.delete(hash);
        Path target = temp.resolve("index.rebuild");
        LuceneStore targetIndex = LuceneStore.openForWriting(target);

        RebuildOutcome outcome = new IndexRebuild(live, ingester, reindexer, 1).run(targetIndex,
                ingesterOver(targetIndex), () -> live.replaceWith(target), IndexRebuild.Listener.NONE);

        assertFalse(outcome.switched());
        assertEquals(1, outcome.failed().size());
        assertTrue(outcome.failed().get(0).contains(id), outcome.failed().toString());
        assertTrue(live.document(id).isPresent(), "the old index keeps serving what it had");
    }

    @Test
    void aSwitchCutShortByACrashIsFinishedOrUndoneOnOpening() throws IOException {
        Path data = Files.createDirectories(temp.resolve("crash"));
        Path index = data.resolve("index");
        Path rebuild = data.resolve("index.rebuild");
        Path aside = data.resolve("index.replaced");
        FanwenIndex.openForWriting(rebuild).close(); // a complete rebuild of this release
        FanwenIndex.openForWriting(aside).close();   // the old index, moved aside
        IndexFolders.recover(index, rebuild);
        assertTrue(Files.isDirectory(index), "the rebuilt index is moved in");
        assertFalse(Files.exists(aside) || Files.exists(rebuild));

        deleteTree(index);
        FanwenIndex.openForWriting(aside).close();   // moved aside, nothing to replace it
        IndexFolders.recover(index, rebuild);
        assertTrue(Files.isDirectory(index), "the old index is moved back");
        assertFalse(Files.exists(aside));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anUnfinishedRebuildIsDroppedOnOpening() throws IOException {
        Path data = Files.createDirectories(temp.resolve("unfinished"));
        FanwenIndex.openForWriting(data.resolve("index")).close();
        FanwenIndex.openForWriting(data.resolve("index.rebuild")).close();
        IndexFolders.recover(data.resolve("index"), data.resolve("index.rebuild"));
        assertEquals(List.of("index"), List.of(data.toFile().list()));
    }
}
