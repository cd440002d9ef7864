package fanwen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.DataFolder;
import fanwen.engine.Engine;
import fanwen.extract.ExtractionLimits;
import fanwen.ingest.IngestListener;

/** When no document has all the words, those with more of them come before those with fewer, whatever their scores. */
class WordCoverageTest {

    @TempDir
    static Path temp;
    static Engine engine;

    @BeforeAll
    static void indexThreeTexts() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("blueberry.txt"), "蓝莓种植情况\n" + "全县蓝莓种植面积扩大，蓝莓产量提高，蓝莓品质提升。".repeat(4));
        Files.writeString(in.resolve("both.txt"), "农产品流通情况\n今年新建蓝莓收购点三处，冷链工作有序推进，农产品损耗明显下降。\n");
        Files.writeString(in.resolve("live.txt"), "电商工作总结\n组织农户开展直播销售，拓宽了农产品销路。\n");
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        engine.ingester().ingest(engine.fileCollector().collect(List.of(in)).files(), IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void documentsWithTwoOfTheThreeWordsComeBeforeOneWithOneWordRepeated() throws IOException {
        // no text has all three; 蓝莓 twelve times scores higher than 蓝莓 or 直播 once with the common 工作
        List<String> hits = engine.searcher().searchDocuments(SearchRequest.of("蓝莓 工作 直播")).hits().stream()
                .map(hit -> Path.of(hit.source()).getFileName().toString()).toList();
        assertEquals(List.of("blueberry.txt"), hits.subList(2, hits.size()), "two of the words beat one: " + hits);
    }
}
