package fanwen.store.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import fanwen.store.StoreCounts;
import fanwen.store.TestDocuments;

/**
 * What only a cluster store has to show: several Fanwen servers on one cluster, readers never seeing half a
 * document while another server replaces it, and the clusters and indexes it must refuse.
 */
class OpenSearchStoreTest {

    private static final String PLAN = """
            实施方案

            一、总体要求
            选派优秀年轻干部到基层一线挂职锻炼。

            二、主要任务
            挂职干部要走村入户。

            三、保障措施
            加强组织领导。
            """;

    private static final String LONG_PLAN = PLAN + """

            四、工作步骤
            分三个阶段推进。

            五、有关要求
            各单位要高度重视。

            六、附则
            本方案自印发之日起施行。
            """;

    private static String prefix(String name) {
        return "store-" + name + "-" + ProcessHandle.current().pid();
    }

    private static OpenSearchStore open(String prefix) throws IOException {
        return OpenSearchStore.open(List.of(LocalOpenSearch.url()), prefix);
    }

    @Test
    void whatOneServerCommitsEveryOtherServerOnTheClusterSeesAtOnce() throws IOException {
        String prefix = prefix("servers");
        TestDocuments.Made plan = TestDocuments.of("plan0000000001", "plan.txt", PLAN);
        try (OpenSearchStore one = open(prefix); OpenSearchStore other = open(prefix)) {
            long version = other.changeVersion();
            plan.putInto(one);
            assertEquals(Optional.empty(), other.document(plan.id()));
            one.commit();
            assertEquals(PLAN, other.view(plan.id()).orElseThrow().text());
            assertTrue(other.changeVersion() > version, "the other server's caches learn of the change");
            assertTrue(other.delete(plan.id()));
            other.commit();
            assertEquals(Optional.empty(), one.document(plan.id()));
        }
    }

    @Test
    void aReaderNeverSeesHalfOfADocumentThatAnotherServerKeepsReplacing() throws Exception {
        String prefix = prefix("atomic");
        TestDocuments.Made shorter = TestDocuments.of("doc00000000001", "doc.txt", PLAN);
        TestDocuments.Made longer = TestDocuments.of("doc00000000001", "doc.txt", LONG_PLAN);
        Set<StoreCounts> whole = Set.of(new StoreCounts(1, shorter.document().structure().passages().size()),
                new StoreCounts(1, longer.document().structure().passages().size()));
        assertEquals(2, whole.size());
        Set<StoreCounts> seen = ConcurrentHashMap.newKeySet();
        List<String> torn = new ArrayList<>();
        try (OpenSearchStore writer = open(prefix); OpenSearchStore reader = open(prefix)) {
            shorter.putInto(writer);
            writer.commit();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread reading = Thread.ofPlatform().start(() -> {
                try {
                    while (writing.get()) {
                        StoreCounts counts = reader.counts();
                        seen.add(counts);
                        int shown = reader.view("doc00000000001").orElseThrow().passageCount();
                        if (!whole.contains(counts)) {
                            torn.add("counts " + counts);
                        } else if (whole.stream().noneMatch(c -> c.passages() == shown)) {
                            torn.add("view of " + shown + " passages");
                        }
                    }
                } catch (IOException e) {
                    torn.add(e.toString());
                }
            });
            // at least 20 replacements, and on until the reader has seen both versions
            for (int i = 0; i < 20 || seen.size() < 2 && i < 2_000; i++) {
                (i % 2 == 0 ? longer : shorter).putInto(writer);
                writer.commit();
            }
            writing.set(false);
            reading.join();
        }
        assertEquals(List.of(), torn);
        assertEquals(whole, seen, "the reader saw both versions");
    }

    @Test
    void onAClusterOfTwoNodesTheDocumentsHaveAReplicaOnTheOtherNode() throws Exception {
        String prefix = prefix("pair");
        TestDocuments.Made plan = TestDocuments.of("plan0000000001", "plan.txt", PLAN);
        try (NodeProcess pair = NodeProcess.start("pair", "768m", "--nodes", "2");
             OpenSearchStore store = OpenSearchStore.open(List.of(pair.url()), prefix)) {
            plan.putInto(store);
            store.commit();
            assertEquals(PLAN, store.view(plan.id()).orElseThrow().text());
            try (HttpClient http = HttpClient.newHttpClient()) {
                String health = http.send(HttpRequest.newBuilder(pair.url().resolve("/_cluster/health/" + prefix
                                + "-documents?wait_for_status=green&timeout=30s")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(health.contains("\"status\":\"green\"") && health.contains("\"number_of_nodes\":2")
                        && health.contains("\"active_shards\":2"), health);
            }
        }
    }

    @Test
    void aClusterWithoutThePluginIsRefusedWithWhatToInstall() {
        try (NodeProcess bare = NodeProcess.start("bare", "256m", "--without-plugin")) {
            ClusterRefusedException refused = assertThrows(ClusterRefusedException.class,
                    () -> OpenSearchStore.open(List.of(bare.url()), prefix("bare")).close());
            assertTrue(refused.getMessage().contains("lacks the analysis-hanlp plugin on node(s) [node-1]"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("bin/opensearch-plugin install"), refused.getMessage());
        }
    }

    @Test
    void indexesOfAnotherMappingVersionOrNotWrittenByFanwenAreRefused() throws Exception {
        String newer = prefix("newer");
        createIndex(newer + "-documents", "{\"mappings\":{\"_meta\":{\"fanwen_mapping_version\":99}}}");
        ClusterRefusedException refused = assertThrows(ClusterRefusedException.class, () -> open(newer).close());
        assertTrue(refused.getMessage().contains("has Fanwen's mapping version 99, this release reads version "
                + OpenSearchStore.currentVersion() + " only"), refused.getMessage());

        String foreign = prefix("foreign");
        createIndex(foreign + "-documents", "{\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"}}}}");
        refused = assertThrows(ClusterRefusedException.class, () -> open(foreign).close());
        assertTrue(refused.getMessage().contains("was not written by Fanwen"), refused.getMessage());
    }

    @Test
    void anIndexPrefixOpenSearchCannotNameIndexesWithIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> open("Fanwen Docs"));
        assertTrue(refused.getMessage().contains("not 'Fanwen Docs'"), refused.getMessage());
    }

    private static void createIndex(String name, String body) throws IOException, InterruptedException {
        URI index = LocalOpenSearch.url().resolve("/" + name);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(index)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, created.statusCode(), created.body());
        }
    }
}
