package fanwen.store.lucene.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.SearchQuery;

/**
 * Documents are ranked by how much they say about the words, not by the words' density alone: a long report
 * that treats a subject in a section of its own ranks above a one-paragraph resolution that names it twice.
 */
class DocumentLengthRankingTest {

    private static final String FILLER = "各地区各部门坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
            + "统筹发展和安全，经济社会发展主要目标任务较好完成，人民生活水平持续提高，社会大局保持稳定。\n";

    @TempDir
    static Path temp;
    static Engine engine;

    @BeforeAll
    static void indexAResolutionAReportAndOthers() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("resolution.txt"), "关于工作报告的决议\n会议同意报告提出的目标任务，要求因地制宜发展新质生产力，"
                + "以新质生产力推动高质量发展。\n");
        StringBuilder report = new StringBuilder("年度工作报告\n");
        for (int section = 0; section < 12; section++) {
            report.append(FILLER.repeat(3));
            if (section % 3 == 0) {
                report.append("加快发展新质生产力。培育壮大新兴产业，布局建设未来产业，以科技创新引领新质生产力发展，"
                        + "推动新质生产力在更多领域形成，健全新质生产力发展的体制机制。\n");
            }
        }
        Files.writeString(in.resolve("report.txt"), report.toString());
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("other-" + i + ".txt"), "工作要点" + i + "\n" + FILLER.repeat(2 + 3 * i));
        }
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void aReportTreatingTheSubjectAtLengthRanksAboveAResolutionNamingItTwice() throws IOException {
        List<String> hits = engine.searchDocuments(SearchQuery.of("新质生产力")).hits().stream()
                .map(hit -> Path.of(hit.source()).getFileName().toString()).toList();
        assertEquals(List.of("report.txt", "resolution.txt"), hits);
    }
}
