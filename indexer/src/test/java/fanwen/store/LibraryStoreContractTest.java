package fanwen.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fanwen.model.ClusterAddress;
import fanwen.model.DocumentHit;
import fanwen.model.DocumentView;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.Filters;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;
import fanwen.query.QuerySyntax;
import fanwen.structure.Passage;
import fanwen.store.lucene.LuceneStore;
import fanwen.store.opensearch.OpenSearchStore;

/**
 * What every store does with documents, the same on the embedded index and on an OpenSearch cluster (a local node
 * with the plugin, {@link StoreKind}): writes seen only after the commit, documents read back whole, deletes,
 * replacements, look-ups by origin and text, counts, a store opened again keeping what was committed, the
 * candidates of near duplicates and of the duplicate check, the sources of suggestions; and searching — all the words
 * before some, exact phrases, filters and facets, snippets marking the words, passages with their headings and a few
 * per document, other versions and similar documents.
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

    // ---- searching

    private static SearchPage<DocumentHit> documents(LibraryStore store, String query) throws IOException {
        return documents(store, query, Filters.NONE);
    }

    private static SearchPage<DocumentHit> documents(LibraryStore store, String query, Filters filters)
            throws IOException {
        return store.searchDocuments(QuerySyntax.parse(query), SearchQuery.of(query).withFilters(filters));
    }

    private static List<String> ids(SearchPage<DocumentHit> page) {
        return page.hits().stream().map(DocumentHit::id).toList();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDocumentWithAllTheWordsRanksBeforeOneWithSomeOfThem(StoreKind kind) throws IOException {
        TestDocuments.Made flood = TestDocuments.of("flood000000001", "flood.txt", """
                防汛抗旱工作总结

                今年防汛抗旱任务重。我们把防汛抗旱作为头等大事，防汛抗旱物资储备充足，防汛抗旱队伍反应迅速。
                """);
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            flood.putInto(store);
            store.commit();
            // the flood summary is about 防汛抗旱 far more than the other summary, which has 挂职锻炼 too
            assertEquals(List.of(summary.id(), flood.id(), plan.id()), ids(documents(store, "防汛抗旱 挂职锻炼")));
            assertEquals(3, documents(store, "防汛抗旱 挂职锻炼").total(), "the list widened to some of the words");
            assertEquals(List.of(flood.id(), summary.id()), ids(documents(store, "防汛抗旱")));
            // none has the three: those with two of them come before the one strongest on one
            assertEquals(flood.id(), ids(documents(store, "防汛抗旱 挂职锻炼 招商引资")).getLast());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aRememberedFragmentPutsTheTextHoldingItFirst(StoreKind kind) throws IOException {
        String filler = "各单位要认真履行职责，按照年度计划做好各项工作，确保任务按期完成。\n";
        TestDocuments.Made holder = TestDocuments.of("holder00000001", "holder.txt",
                "年度工作情况\n\n" + filler.repeat(12) + "我们坚持统筹推进城乡融合发展。\n" + filler.repeat(12));
        TestDocuments.Made dense = TestDocuments.of("dense000000001", "dense.txt", "城乡工作\n\n"
                + "推进城乡建设，统筹城乡发展，城乡融合不断深化，推进融合，统筹推进。\n".repeat(4));
        try (LibraryStore store = open(kind, "library")) {
            holder.putInto(store);
            dense.putInto(store);
            store.commit();
            assertEquals(List.of(holder.id(), dense.id()), ids(documents(store, "统筹推进城乡融合")), "typed as one run");
            assertEquals(List.of(holder.id(), dense.id()), ids(documents(store, "统筹 推进 城乡 融合")),
                    "typed word by word");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void wordsTypedApartWhoseRunManyDocumentsHoldAreNoFragment(StoreKind kind) throws IOException {
        String filler = "各单位要认真履行职责，按照年度计划做好各项工作，确保任务按期完成。\n";
        List<TestDocuments.Made> holders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            holders.add(TestDocuments.of("holder0000000" + i, "holder" + i + ".txt", "年度工作情况" + i + "\n\n"
                    + filler.repeat(12 + i) + "我们坚持统筹推进城乡融合发展。\n" + filler.repeat(12)));
        }
        TestDocuments.Made dense = TestDocuments.of("dense000000001", "dense.txt", "城乡工作\n\n"
                + "推进城乡建设，统筹城乡发展，城乡融合不断深化，推进融合，统筹推进。\n".repeat(4));
        try (LibraryStore store = open(kind, "library")) {
            for (TestDocuments.Made holder : holders) {
                holder.putInto(store);
            }
            dense.putInto(store);
            store.commit();
            assertEquals(dense.id(), ids(documents(store, "统筹 推进 城乡 融合")).getFirst(),
                    "four documents hold the run: words typed apart, it is no remembered fragment");
            assertEquals(dense.id(), ids(documents(store, "统筹推进城乡融合")).getLast(), "typed as one run");
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aWordNamingAKindOfDocumentPrefersDocumentsOfThatKindWithoutRequiringIt(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            assertEquals(List.of(summary.id(), plan.id()), ids(documents(store, "挂职锻炼 工作总结")));
            assertEquals(List.of(plan.id(), summary.id()), ids(documents(store, "挂职锻炼 实施方案")));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aQuotedPhraseMatchesOnlyTheExactRun(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            assertEquals(Set.of(plan.id(), summary.id()), Set.copyOf(ids(documents(store, "锻炼 挂职"))));
            assertEquals(List.of(plan.id()), ids(documents(store, "\"干部挂职\"")));
            assertEquals(List.of(), ids(documents(store, "\"锻炼挂职\"")), "both words, never as that run");
            assertEquals(List.of(summary.id()), ids(documents(store, "挂职 -招商引资")));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void filtersNarrowTheListAndTheFacetsCountWhatMatches(StoreKind kind) throws IOException {
        String planType = plan.document().metadata().type();
        String summaryType = summary.document().metadata().type();
        assertFalse(planType.equals(summaryType), planType);
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            SearchPage<DocumentHit> all = documents(store, "挂职");
            assertEquals(2, all.total());
            assertEquals(Set.of(new FacetCount(planType, 1), new FacetCount(summaryType, 1)),
                    Set.copyOf(all.facets().get(Facet.TYPE)));
            assertEquals(List.of(new FacetCount("2021", 1), new FacetCount("2019", 1)), all.facets().get(Facet.YEAR));
            assertEquals(all.facets(), store.facets(QuerySyntax.parse("挂职"), SearchQuery.of("挂职")));

            Filters summaries = new Filters(List.of(summaryType), Optional.empty(), Optional.empty(), List.of(),
                    List.of(), List.of());
            SearchPage<DocumentHit> ofType = documents(store, "挂职", summaries);
            assertEquals(List.of(summary.id()), ids(ofType));
            assertEquals(1, ofType.total());
            assertEquals(List.of(new FacetCount("2019", 1)), ofType.facets().get(Facet.YEAR));
            assertEquals(all.facets().get(Facet.TYPE), ofType.facets().get(Facet.TYPE),
                    "the other type still says what choosing it would find");

            Filters in2021 = new Filters(List.of(), Optional.of(2020), Optional.of(2021), List.of(), List.of(),
                    List.of());
            assertEquals(List.of(plan.id()), ids(documents(store, "挂职", in2021)));
            assertEquals(List.of(plan.id()), ids(documents(store, "挂职 year:2021")));
            assertEquals(List.of(), ids(documents(store, "防汛抗旱", in2021)));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void snippetsMarkTheExactWordsAtTheirPlaceInTheText(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            DocumentHit hit = documents(store, "招商引资").hits().getFirst();
            assertEquals(plan.id(), hit.id());
            assertEquals(plan.document().metadata().title(), hit.title());
            assertEquals("plan.txt", hit.source());
            assertEquals(Optional.of(2021), hit.year());
            var snippet = hit.snippets().getFirst();
            assertTrue(snippet.html().contains("<mark>招商引资</mark>"), snippet.html());
            assertEquals(PLAN.substring(snippet.start(), snippet.end()), snippet.text());
            for (var match : snippet.matches()) {
                assertEquals("招商引资", PLAN.substring(match.start(), match.end()));
            }

            PassageHit passage = store.searchPassages(QuerySyntax.parse("招商引资"), SearchQuery.of("招商引资"))
                    .hits().getFirst();
            assertTrue(passage.snippet().html().contains("<mark>招商引资</mark>"), passage.snippet().html());
            assertEquals(PLAN.substring(passage.start(), passage.end()), passage.text());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void passagesComeWithTheirHeadingPathsAndAtMostTwoOfOneDocumentPerRound(StoreKind kind) throws IOException {
        TestDocuments.Made report = TestDocuments.of("report00000001", "report.txt", """
                组织工作调研报告

                今年以来，我们围绕中心、服务大局，扎实推进基层党组织建设，认真开展调查研究，广泛听取意见建议，                不断完善制度机制，着力提升工作质量，其中也安排了挂职干部参与，各项工作取得明显成效，                为全县经济社会发展提供了坚强的组织保证，得到了上级部门和广大群众的充分肯定。
                """);
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            report.putInto(store);
            store.commit();
            SearchPage<PassageHit> page = store.searchPassages(QuerySyntax.parse("挂职干部"),
                    new SearchQuery("挂职干部", Filters.NONE, SortOrder.RELEVANCE, 1, 3));
            long planPassages = plan.document().structure().passages().stream()
                    .filter(p -> PLAN.substring(p.start(), p.end()).contains("挂职干部")).count();
            assertTrue(planPassages > 2, "the plan alone could fill the page: " + planPassages);
            List<String> docs = page.hits().stream().map(PassageHit::docId).toList();
            assertEquals(2, docs.stream().filter(plan.id()::equals).count(), docs.toString());
            assertTrue(docs.contains(report.id()), "its one long passage comes in the first round: " + docs);
            assertEquals(planPassages + 1, page.total(), "every passage with the word is counted");

            for (PassageHit hit : page.hits()) {
                TestDocuments.Made made = hit.docId().equals(plan.id()) ? plan : report;
                Passage passage = made.document().structure().passages().stream()
                        .filter(p -> hit.passageId().equals(made.id() + "-" + p.ordinal())).findFirst().orElseThrow();
                assertEquals(passage.headingPath(), hit.headingPath());
                assertEquals(passage.start(), hit.start());
                assertEquals(made.document().metadata().title(), hit.title());
            }
            PassageHit task = store.searchPassages(QuerySyntax.parse("招商引资"), SearchQuery.of("招商引资"))
                    .hits().getFirst();
            assertEquals("二、主要任务", task.headingPath().getFirst());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anotherVersionHasTheSameTitleAndTheSimilarDocumentRanksFirst(StoreKind kind) throws IOException {
        TestDocuments.Made revised = TestDocuments.of("revised0000001", "revised.txt",
                PLAN.replace("走村入户", "进村入户").replace("2021年3月5日", "2021年6月1日"));
        TestDocuments.Made other = TestDocuments.of("other000000001", "other.txt",
                PLAN.replace("关于推进干部挂职锻炼工作的实施方案", "关于开展干部挂职锻炼工作的通知"));
        try (LibraryStore store = open(kind, "library")) {
            for (TestDocuments.Made made : List.of(plan, revised, other, summary)) {
                made.putInto(store);
            }
            store.commit();
            assertEquals(List.of(revised.id()), store.sameTitle(plan.document().metadata().title(), plan.id(), 10)
                    .stream().filter(id -> !id.equals(other.id())).toList());
            assertFalse(store.sameTitle(plan.document().metadata().title(), plan.id(), 10).contains(other.id()));

            Topical topical = store.topical(ItemKind.DOCUMENT, plan.id(), PLAN, 10, Set.of());
            assertFalse(topical.words().isEmpty());
            assertTrue(topical.of(revised.id()) > topical.of(summary.id()),
                    topical.of(revised.id()) + " > " + topical.of(summary.id()));
            assertTrue(topical.of(summary.id()) < 0.5, "the summary shares few of the plan's words");
            assertEquals(0.0, topical.of(plan.id()), "not itself");

            List<DocumentHit> hits = store.documentHits(List.of(new ScoredId(revised.id(), 0.9),
                    new ScoredId(summary.id(), 0.2)), topical);
            assertEquals(List.of(revised.id(), summary.id()), hits.stream().map(DocumentHit::id).toList());
            assertEquals(0.9f, hits.getFirst().score(), 1e-6);
            assertFalse(hits.getFirst().snippets().getFirst().matches().isEmpty(), "the shared words are marked");

            Passage tasks = plan.document().structure().passages().stream()
                    .filter(p -> PLAN.substring(p.start(), p.end()).contains("走村入户")).findFirst().orElseThrow();
            String passageId = plan.id() + "-" + tasks.ordinal();
            Topical passages = store.topical(ItemKind.PASSAGE, passageId, PLAN.substring(tasks.start(), tasks.end()),
                    5, Set.of());
            String revisedPassage = revised.id() + "-" + tasks.ordinal();
            assertTrue(passages.of(revisedPassage) > 0.5, passages.scores().toString());
            List<PassageHit> passageHits = store.passageHits(List.of(new ScoredId(revisedPassage, 0.8)), passages);
            assertEquals(List.of(revisedPassage), passageHits.stream().map(PassageHit::passageId).toList());
            assertEquals(tasks.headingPath(), passageHits.getFirst().headingPath());
        }
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDeletedDocumentIsNoLongerFoundOnceCommitted(StoreKind kind) throws IOException {
        try (LibraryStore store = open(kind, "library")) {
            putPlanAndSummary(store);
            assertEquals(List.of(plan.id()), ids(documents(store, "招商引资")));
            store.delete(plan.id());
            assertEquals(List.of(plan.id()), ids(documents(store, "招商引资")), "until the commit");
            store.commit();
            assertEquals(List.of(), ids(documents(store, "招商引资")));
            assertEquals(0, store.searchPassages(QuerySyntax.parse("招商引资"), SearchQuery.of("招商引资")).total());
        }
    }
}
