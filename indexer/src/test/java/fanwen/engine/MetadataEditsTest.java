package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.model.DataFolder;
import fanwen.model.DocumentView;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.MetadataEdit;
import fanwen.model.SourceFile;

/** A user's metadata edits change the indexed document and survive a rebuild of the index from the files. */
class MetadataEditsTest {

    @TempDir
    Path temp;

    @Test
    void anEditIsAppliedAndKeptWhenTheIndexIsRebuilt() throws IOException {
        Path file = TestCorpus.seed().resolve("07_人事局挂职锻炼个人工作总结.txt");
        DataFolder folder = new DataFolder(temp.resolve("data"));
        MetadataEdit edit = new MetadataEdit(Optional.of("人事局挂职总结（定稿）"), Optional.of("汇报"),
                Optional.of(2016), Optional.of(List.of("市人事局")), Optional.of(List.of("定稿")));
        String id;
        try (Engine engine = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            id = engine.ingestOne(SourceFile.upload(file, file.getFileName().toString(),
                    fanwen.model.DeclaredMetadata.NONE)).id().orElseThrow();
            engine.commit();
            assertTrue(engine.editMetadata(id, edit));
            assertEdited(engine.document(id).orElseThrow());
            assertFalse(engine.editMetadata("0123456789abcdef", edit));
        }
        try (Stream<Path> index = Files.walk(folder.index())) {
            index.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Engine engine = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            engine.ingest(engine.collect(List.of(file)).files(), IngestListener.NONE);
            assertEdited(engine.document(id).orElseThrow());
            assertTrue(engine.delete(id));
            assertFalse(Files.exists(folder.metadata().resolve(id + ".json")), "a deleted document's edit goes too");
        }
    }

    @Test
    void anEditFollowsTheFileToItsChangedVersion() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path file = Files.writeString(in.resolve("notice.txt"), "关于做好防汛工作的通知\n各单位要落实防汛责任。\n");
        MetadataEdit edit = new MetadataEdit(Optional.of("防汛通知（定稿）"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(List.of("定稿")));
        try (Engine engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 1)) {
            String first = engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE)
                    .get(0).id().orElseThrow();
            assertTrue(engine.editMetadata(first, edit));

            Files.writeString(file, "关于做好防汛工作的通知\n各单位要落实防汛责任，加强值班值守。\n");
            IngestResult changed = engine.ingest(engine.collect(List.of(in)).files(),
                    IngestListener.NONE).get(0);
            String second = changed.id().orElseThrow();
            assertEquals(Optional.of(first), changed.replaced(), changed.toString());
            DocumentView doc = engine.document(second).orElseThrow();
            assertEquals("防汛通知（定稿）", doc.title());
            assertEquals(List.of("定稿"), doc.tags());
            assertTrue(engine.document(first).isEmpty());

            // back to the first version, whose id had an edit of its own: the later edit, made on B, wins
            assertTrue(engine.editMetadata(second, new MetadataEdit(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(List.of("第二版")))));
            Files.writeString(file, "关于做好防汛工作的通知\n各单位要落实防汛责任。\n");
            String third = engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE)
                    .get(0).id().orElseThrow();
            assertEquals(first, third, "the same content has the same id");
            assertEquals(List.of("第二版"), engine.document(third).orElseThrow().tags());
            assertTrue(Files.exists(temp.resolve("data/metadata/" + first + ".json")));
            assertFalse(Files.exists(temp.resolve("data/metadata/" + second + ".json")), "the edit moved, not copied");
        }
    }

    private static void assertEdited(DocumentView doc) {
        assertEquals("人事局挂职总结（定稿）", doc.title());
        assertEquals("汇报", doc.type());
        assertEquals(Optional.of(2016), doc.year());
        assertEquals(List.of("市人事局"), doc.units());
        assertEquals(List.of("定稿"), doc.tags());
    }
}
