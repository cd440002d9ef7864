package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.model.DataFolder;
import fanwen.model.DocumentHit;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.SearchQuery;

/**
 * OFD and Kingsoft WPS files in a folder walk, end to end: each indexed and found by a phrase only it holds; a damaged
 * OFD fails alone and leaves the index as it was.
 */
class OfficialFormatsSearchTest {

    @TempDir
    static Path temp;
    static Engine engine;
    static Map<String, IngestResult> results;

    @BeforeAll
    static void indexTheFormats() throws IOException, URISyntaxException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String fixture : List.of("ofd/tongzhi.ofd", "wps/guazhi-as-xls.et", "wps/huibao-as-ppt.dps",
                "wps/zongjie-as-docx.wps")) {
            Path file = Path.of(OfficialFormatsSearchTest.class.getResource("/formats/" + fixture).toURI());
            Files.copy(file, in.resolve(file.getFileName()));
        }
        byte[] ofd = Files.readAllBytes(in.resolve("tongzhi.ofd"));
        Files.write(in.resolve("damaged.ofd"), java.util.Arrays.copyOf(ofd, ofd.length / 2));
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        results = engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE)
                .stream().collect(Collectors.toMap(IngestResult::source, Function.identity()));
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<String> found(String query) throws IOException {
        return engine.searchDocuments(SearchQuery.of(query)).hits().stream().map(DocumentHit::source)
                .toList();
    }

    @Test
    void eachFormatIsIndexedAndFoundByItsOwnPhrase() throws IOException {
        for (String source : List.of("tongzhi.ofd", "guazhi-as-xls.et", "huibao-as-ppt.dps", "zongjie-as-docx.wps")) {
            assertEquals(IngestStatus.INDEXED, results.get(source).status(), source + ": " + results.get(source));
        }
        assertEquals(List.of("tongzhi.ofd"), found("\"加强下派挂职干部管理\""));
        assertEquals(List.of("guazhi-as-xls.et"), found("欧阳振华"));
        assertEquals(List.of("huibao-as-ppt.dps"), found("\"挂职锻炼工作汇报\""));
        assertTrue(found("\"项目编号为PD1728的智慧农业平台\"").containsAll(List.of("huibao-as-ppt.dps",
                "zongjie-as-docx.wps")));
    }

    @Test
    void aDamagedOfdFailsAloneWithAReasonInChinese() throws IOException {
        IngestResult damaged = results.get("damaged.ofd");
        assertEquals(IngestStatus.FAILED, damaged.status());
        assertTrue(damaged.error().orElseThrow().startsWith("文件已损坏"), damaged.error().orElseThrow());
        assertEquals(4, engine.health().documents());
    }
}
