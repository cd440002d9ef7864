package fanwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import fanwen.engine.Engine;
import fanwen.model.ClusterAddress;
import fanwen.model.DataFolder;
import fanwen.model.DeclaredMetadata;
import fanwen.model.DocumentView;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.MetadataEdit;
import fanwen.model.SourceFile;
import fanwen.store.opensearch.LocalOpenSearch;

/**
 * {@code fanwen migrate}: a library of the data folder moved to a real OpenSearch node and back, each document the
 * same — id, title, text, the user's edits, its original — and a second run skipping what is already there.
 */
class MigrateCommandTest {

    private static final List<String> FIXTURES = List.of("gbk.txt", "zongjie.docx", "law-tongzhi.md");

    @TempDir
    Path temp;

    @Test
    void aLibraryMovesToTheClusterWithItsEditsAndBackAgain() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data"));
        Optional<ClusterAddress> cluster = Optional.of(new ClusterAddress(List.of(LocalOpenSearch.url()),
                "migrate-" + ProcessHandle.current().pid()));
        List<String> ids;
        String edited;
        try (Engine embedded = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            ids = embedded.ingest(fixtures(), IngestListener.NONE).stream().map(r -> r.id().orElseThrow()).toList();
            edited = ids.get(1);
            embedded.editMetadata(edited, new MetadataEdit(Optional.of("挂职锻炼总结（已核对）"), Optional.empty(),
                    Optional.of(2019), Optional.empty(), Optional.of(List.of("已核对"))));
        }
        Map<String, DocumentView> before = views(folder, Optional.empty(), ids);
        assertEquals("挂职锻炼总结（已核对）", before.get(edited).title());

        Run to = run("migrate", "--data", folder.root().toString(), "--to", url(cluster), "--opensearch-prefix",
                prefix(cluster));
        assertEquals(ExitCodes.OK, to.exitCode(), to.out() + to.err());
        assertTrue(to.out().contains("新增 copied: 3   更新 replaced: 0   已有跳过 already there, skipped: 0"), to.out());
        assertSame(before, views(folder, cluster, ids));
        try (Engine onCluster = Engine.open(folder, cluster, ExtractionLimits.defaults(), 1)) {
            assertEquals(3, onCluster.health().documents());
            assertTrue(onCluster.original(edited).isPresent(), "the original is served from the data folder");
            onCluster.editMetadata(ids.get(0), new MetadataEdit(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(List.of("在集群上修改"))));
        }

        Run again = run("migrate", "--data", folder.root().toString(), "--to", url(cluster), "--opensearch-prefix",
                prefix(cluster));
        assertTrue(again.out().contains("新增 copied: 0   更新 replaced: 1   已有跳过 already there, skipped: 2"),
                again.out());
        assertTrue(again.out().contains("更新 " + before.get(ids.get(0)).source()), again.out());
        assertEquals(List.of("在集群上修改"), views(folder, cluster, ids).get(ids.get(0)).tags(),
                "indexed again from the embedded library, the document keeps the edit made on the cluster: edits are "
                        + "kept in the data folder");

        try (Engine onCluster = Engine.open(folder, cluster, ExtractionLimits.defaults(), 1)) {
            onCluster.editMetadata(ids.get(2), new MetadataEdit(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(List.of("在集群上修改"))));
        }
        deleteTree(folder.index());
        Run back = run("migrate", "--data", folder.root().toString(), "--from", url(cluster), "--opensearch-prefix",
                prefix(cluster));
        assertEquals(ExitCodes.OK, back.exitCode(), back.out() + back.err());
        assertTrue(back.out().contains("新增 copied: 3"), back.out());
        Map<String, DocumentView> home = views(folder, Optional.empty(), ids);
        assertEquals(List.of("在集群上修改"), home.get(ids.get(2)).tags());
        assertEquals("挂职锻炼总结（已核对）", home.get(edited).title());
        assertEquals(List.of("已核对"), home.get(edited).tags());
    }

    @Test
    void migratingAFolderWithoutALibraryOrWithoutADirectionIsRefused() {
        Run nothing = run("migrate", "--data", temp.resolve("empty").toString(), "--to", "http://127.0.0.1:9");
        assertEquals(ExitCodes.FAILURE, nothing.exitCode());
        assertTrue(nothing.err().contains("no library to migrate"), nothing.err());
        Run nowhere = run("migrate", "--data", temp.resolve("empty").toString());
        assertTrue(nowhere.exitCode() != ExitCodes.OK && nowhere.err().contains("--to"), nowhere.err());
    }

    /** Each document as the library shows it, read through an engine on {@code cluster} (or the embedded index). */
    private static Map<String, DocumentView> views(DataFolder folder, Optional<ClusterAddress> cluster,
                                                   List<String> ids) throws IOException {
        Map<String, DocumentView> views = new LinkedHashMap<>();
        try (Engine engine = Engine.openReadOnly(folder, cluster)) {
            for (String id : ids) {
                views.put(id, engine.document(id).orElseThrow(() -> new AssertionError(id + " is missing")));
            }
        }
        return views;
    }

    /** The same documents, but for when they were indexed. */
    private static void assertSame(Map<String, DocumentView> expected, Map<String, DocumentView> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String id : expected.keySet()) {
            DocumentView e = expected.get(id);
            DocumentView a = actual.get(id);
            assertEquals(List.of(e.title(), e.source(), e.type(), e.year(), e.units(), e.tags(), e.text(),
                            e.passageCount(), e.official()),
                    List.of(a.title(), a.source(), a.type(), a.year(), a.units(), a.tags(), a.text(),
                            a.passageCount(), a.official()), id);
        }
    }

    private List<SourceFile> fixtures() throws IOException, URISyntaxException {
        Path in = Files.createDirectories(temp.resolve("in"));
        List<SourceFile> files = new java.util.ArrayList<>();
        for (String name : FIXTURES) {
            Path copy = Files.copy(Path.of(MigrateCommandTest.class.getResource("/formats/" + name).toURI()),
                    in.resolve(name));
            files.add(SourceFile.onDisk(copy, name, DeclaredMetadata.NONE));
        }
        return files;
    }

    private static String url(Optional<ClusterAddress> cluster) {
        return cluster.orElseThrow().hosts().getFirst().toString();
    }

    private static String prefix(Optional<ClusterAddress> cluster) {
        return cluster.orElseThrow().indexPrefix();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = FanwenCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
