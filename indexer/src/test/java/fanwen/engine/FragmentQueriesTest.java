package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import fanwen.store.StoreKind;

/**
 * A remembered fragment — five Han characters or more, typed in one piece or word by word — puts the texts that
 * hold it verbatim first, however much more other texts use its words apart; and when no text holds it, the query
 * still finds the texts with its words. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class FragmentQueriesTest {

    /** The store the library's index is in for this run of the class. */
    @Parameter
    StoreKind store;

    @TempDir
    static Path temp;
    static TextLibrary library;

    @BeforeParameterizedClassInvocation
    static void indexOneHolderAndTextsDenseWithTheWordsApart(StoreKind kind) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        String filler = "各单位要认真履行职责，按照年度计划做好各项工作，确保任务按期完成。\n";
        texts.put("holder.txt", filler.repeat(20) + "一年来，我们坚持生活上的关心和统筹推进城乡融合发展。\n" + filler.repeat(20));
        for (int i = 1; i <= 4; i++) {
            texts.put("dense-" + i + ".txt", ("城乡规划要统筹兼顾，融合发展要推进。生活条件改善，关心群众生活。"
                    + "推进城乡建设，统筹城乡发展，城乡融合不断深化，推进融合，统筹推进。\n").repeat(i + 1));
        }
        for (int i = 1; i <= 4; i++) { // a run many texts hold: a topic, not a remembered sentence
            texts.put("report-" + i + ".txt", filler.repeat(40) + "第" + i + "季度营商环境优化取得进展。\n" + filler.repeat(40));
        }
        texts.put("regulation.txt", "为了优化营商环境，制定本条例。\n"
                + "各级政府应当推动营商环境持续优化，营商环境评价结果向社会公开。\n".repeat(10));
        texts.put("plan.txt", "为做好下派工作，制定本方案。\n一、指导思想\n以服务基层为目标。\n二、保障措施\n"
                + "（一）加强组织领导\n县里成立领导小组，由县长任组长，各乡镇明确专人负责，定期调度。\n");
        texts.put("articles.txt", "第一条 各单位应当加强组织领导，落实责任。\n");
        texts.put("apart.txt", "为做好下派工作，制定本方案。\n一、工作要求\n（一）领导带头加强组织建设\n"
                + "加强管理，组织协调，领导重视。加强监督，组织实施，领导带头。\n".repeat(3));
        library = TextLibrary.of(temp.resolve(kind.name()), texts, kind);
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        library.close();
    }

    @Test
    void theHolderComesFirstTypedInOnePiece() throws IOException {
        assertEquals("holder.txt", library.documents("统筹推进城乡融合").get(0));
        assertEquals("holder.txt", library.passages("统筹推进城乡融合").get(0));
    }

    @Test
    void theHolderComesFirstTypedWordByWordWithItsLittleWords() throws IOException {
        assertEquals("holder.txt", library.documents("统筹 推进 城乡 融合").get(0));
        assertEquals("holder.txt", library.documents("生活 上 的 关心").get(0));
        assertEquals("holder.txt", library.passages("生活 上 的 关心").get(0));
    }

    @Test
    void theOtherTextsFollowTheHolder() throws IOException {
        List<String> hits = library.documents("统筹推进城乡融合");
        assertEquals("holder.txt", hits.get(0));
        assertEquals(5, hits.stream().filter(h -> h.startsWith("holder") || h.startsWith("dense-")).count(),
                hits.toString());
    }

    @Test
    void aRunManyTextsHoldTypedWordByWordIsATopicRankedByTheOrdinaryRules() throws IOException {
        assertEquals("regulation.txt", library.documents("营商环境 优化").get(0));
    }

    @Test
    void aSectionHeadedByTheRunHoldsItAsMuchAsATextThatSaysIt() throws IOException {
        List<String> hits = library.passages("加强组织领导");
        assertTrue(hits.contains("plan.txt") && hits.indexOf("plan.txt") < hits.indexOf("apart.txt"), hits.toString());
    }

    @Test
    void aFragmentNoTextHoldsStillFindsTheTextsWithItsWords() throws IOException {
        assertEquals(5, library.documents("融合推进城乡统筹").stream()
                .filter(h -> h.startsWith("holder") || h.startsWith("dense-")).count());
    }
}
