package fanwen.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fanwen.model.ClusterAddress;
import fanwen.model.DocumentView;
import fanwen.store.lucene.LuceneStore;
import fanwen.store.opensearch.OpenSearchStore;

/**
 * What every store does with documents, the same on the embedded index and on an OpenSearch cluster (a local node
 * with the plugin, {@link StoreKind}): writes seen only after the commit, documents read back whole, deletes,
 * replacements, look-ups by origin and text, counts, a store opened again keeping what was committed, the
 * candidates of near duplicates and of the duplicate check, the sources of suggestions.
 */
class LibraryStoreContractTest {

    static final String PLAN = """
            关于推进干部挂职锻炼工作的实施方案

            为进一步加强干部队伍建设，现就挂职锻炼工作制定如下方案。

            一、总体要求
            坚持以习近平新时代中国特色社会主义思想为指导，选派优秀年轻干部到基层一线挂职锻炼。

            二、主要任务
            （一）深入基层调查研究。挂职干部要走村入户，了解群众所思所盼。
            （二）参与中心工作。挂职干部要全程参与乡村振兴、招商引资等重点工作。

            三、保障措施
            各单位要加强组织领导，落实挂职干部的工作生活保障。

            中共某某县委组织部
            2021年3月5日
            """;

    static final String SUMMARY = """
            光坡镇挂职锻炼工作总结

            半年来，我在光坡镇挂职锻炼，收获很大。

            一、加强学习，提高认识
            认真学习党的理论，向基层干部群众学习。

            二、深入实际，履职尽责
            协助抓好防汛抗旱和安全生产工作。

            2019年12月20日
            """;

    @TempDir
    Path temp;

    /** Opens the store of {@code kind} this test writes to: the same one again for the same {@code name}. */
    private LibraryStore open(StoreKind kind, String name) throws IOException {
        return switch (kind) {
            case EMBEDDED -> LuceneStore.openForWriting(temp.resolve(name));
            case OPENSEARCH -> {
                ClusterAddress cluster = clusters.computeIfAbsent(name, n -> kind.newCluster().orElseThrow());
                yield OpenSearchStore.open(cluster.hosts(), cluster.indexPrefix());
            }
        };
    }

    private final Map<String, ClusterAddress> clusters = new HashMap<>();
    private final TestDocuments.Made plan = TestDocuments.of("plan0000000001", "plan.txt", PLAN);
    private final TestDocuments.Made summary = TestDocuments.of("summary0000001", "summary.txt", SUMMARY);

    /** Puts the plan and the summary into {@code store} and commits. */
    private void putPlanAndSummary(LibraryStore store) throws IOException {
        plan.putInto(store);
        summary.putInto(store);
        store.commit();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDocumentIsReadBackWholeAfterTheCommitAndNotBefore(StoreKind kind) throws IOException {
        TestDocuments.Made tagged = TestDocuments.of("plan0000000001", "plan.txt", PLAN, "示例");
        try (LibraryStore store = open(kind, "library")) {
            tagged.putInto(store);
            assertEquals(Optional.empty(), store.document(tagged.id()), "not before the commit");
            assertEquals(new StoreCounts(0, 0), store.counts());

            store.commit();
            StoredDocument stored = store.document(tagged.id()).orElseThrow();
            assertEquals(tagged.id(), stored.id());
            assertEquals("plan.txt", stored.source());
            assertEquals(Optional.of("/library/plan.txt"), stored.origin());
            assertEquals("original-" + tagged.id(), stored.originalHash());
            assertEquals("text/plain", stored.mediaType());
            assertEquals(Optional.of(tagged.document().metadata().title()), stored.title());
            assertEquals(Optional.of(tagged.document().metadata().type()), stored.type());
            assertEquals(Optional.of(2021), stored.year());
            assertEquals(Optional.of("2021-03-05"), stored.dateText());
            assertEquals(List.of("示例"), stored.tags());
            assertEquals(tagged.document().metadata().units(), stored.units());
            assertEquals(Optional.of(tagged.document().declared()), stored.declared());

            DocumentView view = store.view(tagged.id()).orElseThrow();
            int passages = tagged.document().structure().passages().size();
            assertTrue(passages > 3, "the plan has a passage per section: " + passages);
            assertEquals(PLAN, view.text());
            assertEquals(passages, view.passageCount());
            assertEquals(PLAN.length(), view.chars());
            assertEquals(List.of("一、总体要求", "二、主要任务", "三、保障措施"),
                    view.outline().stream().map(DocumentView.OutlineNode::text).toList());
            assertEquals(tagged.document().structure().keywords(), view.keywords());
            assertEquals(tagged.document().structure().summary(), view.summary());
            assertEquals(new StoreCounts(1, passages), store.counts());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void documentsAreFoundByTheirOriginAndTheirTextAndListedAll(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            assertEquals(Optional.of(plan.id()), store.idByOrigin("/library/plan.txt"));
            assertEquals(Optional.empty(), store.idByOrigin("/library/other.txt"));
            assertEquals(Optional.of(summary.id()), store.idByTextHash(summary.document().textHash()));
            assertEquals(Optional.empty(), store.idByTextHash("0000"));
            assertEquals(Set.of(plan.id(), summary.id()),
                    Set.copyOf(store.allDocuments().stream().map(StoredDocument::id).toList()));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDeleteTakesTheDocumentWithItsPassagesAndSaysWhetherTheCommitHadIt(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            int summaryPassages = summary.document().structure().passages().size();

            assertTrue(store.delete(plan.id()));
            assertTrue(store.document(plan.id()).isPresent(), "still there until the commit");
            store.commit();
            assertEquals(Optional.empty(), store.document(plan.id()));
            assertEquals(Optional.empty(), store.view(plan.id()));
            assertEquals(new StoreCounts(1, summaryPassages), store.counts());
            assertFalse(store.delete(plan.id()), "already gone");
            assertFalse(store.delete("never0000000001"));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDocumentPutAgainReplacesTheOldOneWithAllItsPassages(StoreKind kind) throws IOException {
        TestDocuments.Made first = TestDocuments.of("doc00000000001", "doc.txt", PLAN);
        TestDocuments.Made second = TestDocuments.of("doc00000000001", "doc.txt", SUMMARY);
        try (LibraryStore store = open(kind, "library")) {
            first.putInto(store);
            store.commit();
            second.putInto(store);
            store.commit();
            assertEquals(SUMMARY, store.view(first.id()).orElseThrow().text());
            assertEquals(new StoreCounts(1, second.document().structure().passages().size()), store.counts());
            assertEquals(Optional.empty(), store.idByTextHash(first.document().textHash()));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aStoreOpenedAgainHasWhatWasCommittedAndTellsWhenAndWhatChanged(StoreKind kind) throws IOException {
        long before;
        try (LibraryStore store = open(kind, "library")) {
            before = store.changeVersion();
            plan.putInto(store);
            store.commit();
            assertTrue(store.changeVersion() > before, "a commit that changed something is seen");
            assertTrue(store.lastCommit().isPresent());
        }
        try (LibraryStore again = open(kind, "library")) {
            assertEquals(PLAN, again.view(plan.id()).orElseThrow().text());
            assertTrue(again.changeVersion() > before);
            assertFalse(again.outdated());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void documentsSharingSignatureBandsAreTheNearDuplicateCandidatesWithTheirSignatures(StoreKind kind)
            throws IOException {
        TestDocuments.Made copy = TestDocuments.of("copy0000000001", "copy.txt",
                PLAN.replace("优秀年轻干部", "年轻干部"));
        try (LibraryStore store = open(kind, "library")) {
            for (TestDocuments.Made made : List.of(plan, copy, summary)) {
                made.putInto(store);
            }
            store.commit();
            ItemSource source = store.source(ItemKind.DOCUMENT, plan.id()).orElseThrow();
            assertEquals(PLAN, source.text());
            assertEquals(Optional.of(plan.document().metadata().title()), source.title());
            List<BandCandidate> candidates = store.sharingBands(ItemKind.DOCUMENT, plan.id(),
                    source.signature().bands(), 10);
            assertEquals(List.of(copy.id()), candidates.stream().map(BandCandidate::id).toList());
            assertTrue(candidates.getFirst().signature().orElseThrow().resemblance(source.signature()) > 0.5);

            var passage = plan.document().structure().passages().get(1);
            String passageId = plan.id() + "-" + passage.ordinal();
            String passageText = PLAN.substring(passage.start(), passage.end());
            assertEquals(passageText, store.text(ItemKind.PASSAGE, passageId));
            assertEquals(passageText, store.source(ItemKind.PASSAGE, passageId).orElseThrow().text());
            assertEquals(PLAN, store.text(ItemKind.DOCUMENT, plan.id()));
            assertEquals("", store.text(ItemKind.DOCUMENT, "never0000000001"));
            assertEquals(Optional.empty(), store.source(ItemKind.PASSAGE, plan.id() + "-99"));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void theDocumentsHoldingAWordAreFoundWhateverTheSegmenterMadeOfIt(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            assertEquals(List.of(plan.id()), store.documentsHolding(List.of("部要全程")));
            assertEquals(List.of(), store.documentsHolding(List.of("天气晴朗")));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aCopiedSentenceFindsThePassageItWasCopiedFromAndANewOneFindsNone(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            String copied = "挂职干部要全程参与乡村振兴、招商引资等重点工作。";
            List<List<StoredPassage>> candidates = store.bigramCandidates(
                    List.of(copied, "今天天气晴朗，我们去公园散步。"), 5);
            StoredPassage first = candidates.get(0).getFirst();
            assertEquals(plan.id(), first.docId());
            assertTrue(first.text().contains(copied), first.text());
            assertEquals(PLAN.substring(first.start(), first.start() + first.text().length()), first.text());
            assertEquals(plan.document().metadata().title(), first.docTitle());
            assertEquals("plan.txt", first.source());
            assertTrue(first.id().startsWith(plan.id() + "-"), first.id());
            assertEquals(List.of(), candidates.get(1));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void suggestionsAreMadeOfEveryTitleAndKeyPhraseAndTheDocumentsCarryingATerm(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            SuggestionSources sources = store.suggestionSources(List.of("挂职", "招商引资", "不存在的词"));
            assertEquals(Set.of(plan.document().metadata().title(), summary.document().metadata().title()),
                    sources.titles());
            Map<String, Integer> phrases = new HashMap<>();
            for (TestDocuments.Made made : List.of(plan, summary)) {
                made.document().structure().keywords().forEach(k -> phrases.merge(k, 1, Integer::sum));
            }
            assertEquals(phrases, sources.keyPhrases());
            assertEquals(Map.of("挂职", 2, "招商引资", 1), sources.termDocuments());
            assertEquals(store.changeVersion(), sources.version());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void theIdsWrittenOrDeletedWhileTrackingAreHandedOverOnce(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            plan.putInto(store);
            store.trackTouched();
            summary.putInto(store);
            store.delete(plan.id());
            assertEquals(Set.of(plan.id(), summary.id()), store.takeTouched(false));
            assertEquals(Set.of(), store.takeTouched(true));
            plan.putInto(store);
            assertEquals(Set.of(), store.takeTouched(false), "no longer tracking");
        }
    }
}
