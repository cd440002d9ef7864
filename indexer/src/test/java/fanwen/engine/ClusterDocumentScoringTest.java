package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fanwen.model.DataFolder;
import fanwen.model.DocumentHit;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.SearchQuery;
import fanwen.store.StoreKind;

/**
 * The cluster scores documents as the embedded store does: the same library in both, searched for words that short
 * and long documents hold at different densities, gives the same documents in the same order with the same scores —
 * a short one counted as long as the average document, the statistics of documents and passages counted together.
 */
class ClusterDocumentScoringTest {

    private static final String FILLER = "各地区各部门坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
            + "统筹发展和安全，经济社会发展主要目标任务较好完成，人民生活水平持续提高，社会大局保持稳定。\n";

    @TempDir
    static Path temp;
    static Engine embedded;
    static Engine cluster;

    @BeforeAll
    static void indexOneLibraryInBothStores() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("resolution.txt"), "关于工作报告的决议\n会议同意报告提出的目标任务，要求因地制宜发展新质生产力，"
                + "以新质生产力推动高质量发展。\n");
        StringBuilder report = new StringBuilder("年度工作报告\n");
        for (int section = 0; section < 12; section++) {
            report.append("## 第").append(section + 1).append("部分\n").append(FILLER.repeat(3));
            if (section % 3 == 0) {
                report.append("加快发展新质生产力。培育壮大新兴产业，布局建设未来产业，以科技创新引领新质生产力发展，"
                        + "推动新质生产力在更多领域形成，健全新质生产力发展的体制机制。\n");
            }
        }
        Files.writeString(in.resolve("report.txt"), report.toString());
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("other-" + i + ".txt"), "工作要点" + i + "\n"
                    + "推动高质量发展，科技创新。\n".repeat(i) + FILLER.repeat(2 + 3 * i));
        }
        embedded = open(StoreKind.EMBEDDED, in);
        cluster = open(StoreKind.OPENSEARCH, in);
    }

    private static Engine open(StoreKind kind, Path in) throws IOException {
        Engine engine = Engine.open(new DataFolder(temp.resolve(kind.name())), kind.newCluster(),
                ExtractionLimits.defaults(), 2);
        engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE);
        return engine;
    }

    @AfterAll
    static void close() throws IOException {
        embedded.close();
        cluster.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"新质生产力", "高质量发展", "科技创新 发展", "社会大局 稳定", "目标任务"})
    void theClusterRanksAndScoresDocumentsAsTheEmbeddedStore(String query) throws IOException {
        List<String> expected = ranked(embedded, query);
        assertEquals(expected, ranked(cluster, query));
    }

    /**
     * The documents found, best first, each with its score to three significant digits; documents of equal scores
     * by name (each store keeps them in the order it indexed them).
     */
    private static List<String> ranked(Engine engine, String query) throws IOException {
        List<DocumentHit> hits = engine.searchDocuments(SearchQuery.of(query)).hits();
        return hits.stream()
                .sorted(Comparator.comparing(DocumentHit::score).reversed()
                        .thenComparing(hit -> Path.of(hit.source()).getFileName()))
                .map(hit -> Path.of(hit.source()).getFileName() + " " + String.format("%.3g", hit.score()))
                .toList();
    }
}
