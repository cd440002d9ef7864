package fanwen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fanwen.engine.Engine;
import fanwen.index.ContentHash;
import fanwen.index.OriginalsStore;
import fanwen.model.DataFolder;
import fanwen.model.DeclaredMetadata;
import fanwen.model.DocumentHit;
import fanwen.model.ExtractionLimits;
import fanwen.model.FileBatch;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.PassageHit;
import fanwen.model.SearchQuery;
import fanwen.model.Snippet;
import fanwen.model.SourceFile;
import fanwen.store.StoreKind;

/**
 * The ingest pipeline over real files: bad files, manifests, ignore lists, deletes, long documents; what needs no
 * search on both stores, the embedded index and an OpenSearch cluster.
 */
class IngestTest {

    @TempDir
    Path temp;

    private static final String SUMMARY = """
            2015年挂职锻炼工作总结
            一、主要工作
            （一）深入基层调研。今年以来，我坚持深入基层，走访了全镇十二个行政村，掌握了第一手资料。
            （二）抓好项目建设。协调推进了三个重点项目，帮助解决了用地和资金问题。
            二、存在的不足
            理论学习还不够系统，工作方法还需改进。
            """;

    private Engine open() throws IOException {
        return open(StoreKind.EMBEDDED, 2);
    }

    /** The library of this test, its index in a store of {@code kind}. */
    private Engine open(StoreKind kind, int threads) throws IOException {
        return Engine.open(new DataFolder(temp.resolve("data")), kind.newCluster(), ExtractionLimits.defaults(),
                threads);
    }

    private static Map<String, IngestResult> bySource(List<IngestResult> results) {
        return results.stream().collect(Collectors.toMap(IngestResult::source, Function.identity()));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aBadFileFailsWithAReasonAndTheBatchGoesOn(StoreKind kind) throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), SUMMARY);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("broken.docx"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
        try (Engine engine = open(kind, 2)) {
            Map<String, IngestResult> results = bySource(engine.ingest(
                    engine.collect(List.of(in)).files(), IngestListener.NONE));
            assertEquals(IngestStatus.INDEXED, results.get("good.txt").status());
            assertEquals(IngestStatus.FAILED, results.get("empty.txt").status());
            assertEquals(IngestStatus.FAILED, results.get("broken.docx").status());
            assertTrue(results.get("empty.txt").error().orElseThrow().contains("空"));
            assertEquals(1, engine.health().documents());
        }
    }

    @Test
    void aManifestDeclaresTitleTypeYearAndUnit() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), SUMMARY);
        Files.writeString(in.resolve(Manifest.FILE_NAME),
                "{\"path\":\"a.txt\",\"title\":\"光坡镇挂职总结\",\"type\":\"汇报\",\"year\":2016,\"unit\":\"光坡镇人民政府\"}\n"
                        + "this line is not json\n", StandardCharsets.UTF_8);
        try (Engine engine = open()) {
            engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE);
            DocumentHit hit = engine.searchDocuments(SearchQuery.of("调研")).hits().get(0);
            assertEquals("光坡镇挂职总结", hit.title());
            assertEquals("汇报", hit.type());
            assertEquals(2016, hit.year().orElseThrow());
            assertEquals(List.of("光坡镇人民政府"), hit.units());
        }
    }

    @Test
    void pathsInAnIgnoreFileAndHiddenFilesAreNotIndexed() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.createDirectories(in.resolve("dict"));
        Files.createDirectories(in.resolve(".git"));
        Files.writeString(in.resolve("doc.txt"), SUMMARY);
        Files.writeString(in.resolve("dict/terms.txt"), "挂职锻炼\n");
        Files.writeString(in.resolve(".git/x.txt"), "内部文件");
        Files.writeString(in.resolve("notes.xyz"), "不是文档");
        Files.writeString(in.resolve(FileCollector.IGNORE_FILE), "dict/\n");
        try (Engine engine = open()) {
            FileBatch collected = engine.collect(List.of(in));
            assertEquals(List.of("doc.txt"), collected.files().stream().map(SourceFile::source).toList());
            assertEquals(List.of("notes.xyz"),
                    collected.skipped().stream().map(f -> f.getFileName().toString()).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void deletingADocumentRemovesItsPassagesAndItsOriginal(StoreKind kind) throws IOException {
        Path file = temp.resolve("summary.txt");
        Files.writeString(file, SUMMARY);
        try (Engine engine = open(kind, 2)) {
            IngestResult result = engine.ingest(
                    engine.collect(List.of(file)).files(), IngestListener.NONE).get(0);
            String id = result.id().orElseThrow();
            OriginalsStore originals = new OriginalsStore(temp.resolve("data").resolve("originals"));
            String originalHash = ContentHash.ofFile(file);
            assertTrue(originals.find(originalHash).isPresent());
            assertTrue(engine.health().passages() > 0);
            assertTrue(engine.delete(id));
            assertEquals(0, engine.health().documents());
            assertEquals(0, engine.health().passages());
            assertFalse(originals.find(originalHash).isPresent());
            assertFalse(engine.delete(id));
        }
    }

    @Test
    void aTermNearTheEndOfAMillionCharacterDocumentIsFoundAndHighlighted() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_200_000) {
            text.append(SUMMARY);
        }
        int at = text.length();
        text.append("最后一段提到了独特的蓝莓种植合作社。\n");
        Path file = temp.resolve("long.txt");
        Files.writeString(file, text);
        try (Engine engine = open()) {
            engine.ingest(engine.collect(List.of(file)).files(), IngestListener.NONE);
            DocumentHit hit = engine.searchDocuments(SearchQuery.of("蓝莓种植")).hits().get(0);
            Snippet snippet = hit.snippets().get(0);
            assertTrue(snippet.start() >= at - 30, "snippet at " + snippet.start());
            assertTrue(snippet.html().contains("<mark>"), snippet.html());
            for (Snippet.Range m : snippet.matches()) {
                assertTrue("蓝莓种植".contains(text.substring(m.start(), m.end())), text.substring(m.start(), m.end()));
            }
            PassageHit passage = engine.searchPassages(SearchQuery.of("蓝莓种植")).hits().get(0);
            assertTrue(passage.text().contains("蓝莓种植"));
            assertEquals(passage.text(), text.substring(passage.start(), passage.end()));
        }
    }

    @Test
    void aChangedFileReplacesItsEarlierVersion() throws IOException {
        Path file = temp.resolve("summary.txt");
        Files.writeString(file, SUMMARY);
        try (Engine engine = open()) {
            String first = engine.ingest(engine.collect(List.of(file)).files(), IngestListener.NONE)
                    .get(0).id().orElseThrow();
            String firstOriginal = ContentHash.ofFile(file);
            Files.writeString(file, SUMMARY.replace("十二个行政村", "十三个行政村"));
            IngestResult second = engine.ingest(engine.collect(List.of(file)).files(),
                    IngestListener.NONE).get(0);
            assertEquals(IngestStatus.INDEXED, second.status());
            assertEquals(first, second.replaced().orElseThrow());
            assertEquals(1, engine.health().documents());
            assertEquals(0, engine.searchDocuments(SearchQuery.of("十二个")).total());
            assertEquals(1, engine.searchDocuments(SearchQuery.of("十三个")).total());
            assertFalse(new OriginalsStore(temp.resolve("data").resolve("originals")).find(firstOriginal).isPresent(),
                    "the old version's original is gone");
        }
    }

    @Test
    void aMissingPathIsReportedAndTheOtherPathsAreIndexed() throws IOException {
        Path file = temp.resolve("summary.txt");
        Files.writeString(file, SUMMARY);
        try (Engine engine = open()) {
            FileBatch collected = engine.collect(List.of(temp.resolve("nowhere"), file));
            assertEquals(1, collected.files().size());
            assertEquals(IngestStatus.FAILED, collected.unreadable().get(0).status());
            assertTrue(collected.unreadable().get(0).error().orElseThrow().contains("不存在"));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void copiesOfOneTextOfferedTogetherAreIndexedOnce(StoreKind kind) throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (int i = 0; i < 12; i++) {
            // different bytes (line endings, trailing spaces), the same text
            Files.writeString(in.resolve("copy" + i + ".txt"), SUMMARY.replace("\n", "\n" + " ".repeat(i)));
        }
        try (Engine engine = open(kind, 4)) {
            List<IngestResult> results = engine.ingest(engine.collect(List.of(in)).files(),
                    IngestListener.NONE);
            assertEquals(1, results.stream().filter(r -> r.status() == IngestStatus.INDEXED).count());
            assertEquals(11, results.stream().filter(r -> r.status() == IngestStatus.DUPLICATE).count());
            assertEquals(1, engine.health().documents());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void byteIdenticalCopiesAreDuplicatesOfTheFileIndexedAndOnlyThatFileIsUnchangedWhenIndexedAgain(StoreKind kind)
            throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), SUMMARY);
        for (String copy : List.of("b.txt", "c.txt", "d.txt")) {
            Files.copy(in.resolve("a.txt"), in.resolve(copy));
        }
        try (Engine engine = open(kind, 4)) {
            List<IngestResult> first = engine.ingest(engine.collect(List.of(in)).files(),
                    IngestListener.NONE);
            List<IngestResult> indexed = first.stream().filter(r -> r.status() == IngestStatus.INDEXED).toList();
            assertEquals(1, indexed.size(), first.toString());
            String id = indexed.get(0).id().orElseThrow();
            List<IngestResult> copies = first.stream().filter(r -> r.status() == IngestStatus.DUPLICATE).toList();
            assertEquals(3, copies.size(), first.toString());
            copies.forEach(r -> assertEquals(Optional.of(id), r.duplicateOf(), r.toString()));

            Map<String, IngestResult> again = bySource(engine.ingest(
                    engine.collect(List.of(in)).files(), IngestListener.NONE));
            assertEquals(IngestStatus.UNCHANGED, again.get(indexed.get(0).source()).status());
            assertEquals(3, again.values().stream().filter(r -> r.status() == IngestStatus.DUPLICATE
                    && r.duplicateOf().equals(Optional.of(id))).count(), again.toString());

            IngestResult upload = engine.ingestOne(SourceFile.upload(in.resolve("a.txt"), "上传.txt",
                    DeclaredMetadata.NONE));
            assertEquals(IngestStatus.DUPLICATE, upload.status());
            assertEquals(Optional.of(id), upload.duplicateOf());
            assertEquals(1, engine.health().documents());
        }
    }

    @Test
    void copiesOfABrokenFileFailAsItDoes() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.write(in.resolve("broken" + i + ".docx"), new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
        }
        try (Engine engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 4)) {
            List<IngestResult> results = engine.ingest(engine.collect(List.of(in)).files(),
                    IngestListener.NONE);
            results.forEach(r -> assertEquals(IngestStatus.FAILED, r.status(), r.toString()));
            assertEquals(1, results.stream().map(IngestResult::error).distinct().count(), results.toString());
        }
    }

    @Test
    void aFileOverTheSizeLimitFailsWithTheLimitInTheMessage() throws IOException {
        Path file = temp.resolve("big.txt");
        Files.writeString(file, SUMMARY.repeat(100));
        ExtractionLimits small = ExtractionLimits.defaults().withMaxFileBytes(1024);
        try (Engine engine = Engine.open(new DataFolder(temp.resolve("data")), small, 1)) {
            IngestResult result = engine.ingestOne(SourceFile.upload(file, "big.txt", DeclaredMetadata.NONE));
            assertEquals(IngestStatus.FAILED, result.status());
            assertTrue(result.error().orElseThrow().contains("过大"), result.error().orElseThrow());
        }
    }
}
