package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

import fanwen.model.PassageHit;
import fanwen.store.StoreKind;

/**
 * A section headed by the words asked for is found first however many passages merely use them: more passages
 * saying 组织实施 under headings holding one of its words than the ranking's window holds do not hide the plan's
 * section headed by both. (The section's long heading scores it, on its own, below every one of those 800 passages
 * and above a quarter of them: found only by the own-heading rule, and then first. Without seeking the sections
 * beyond the best hits of the query it is never seen.) The same when the passages saying the words are the section's
 * own document's, more than the cluster fetches of one document. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SectionsBeyondCommonWordsTest {

    /** The store the library's index is in for this run of the class. */
    @Parameter
    StoreKind store;

    @TempDir
    static Path temp;
    static TextLibrary library;
    static TextLibrary countyRules;

    @BeforeParameterizedClassInvocation
    static void indexAPlanAndManyPassagesUsingItsWords(StoreKind kind) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("plan.txt", """
                为做好村镇规划建设指导员选派工作，制定本方案。
                一、主要任务
                指导乡镇编制村镇规划，帮助解决村镇建设中的技术问题。
                二、选派住房和城乡建设系统干部下乡镇工作的组织实施
                选派工作由市城乡建设委员会牵头负责，各县区按照通知要求做好人员推荐，驻点乡镇要为指导员提供必要的工作和生活条件，
                指导员在乡镇工作期间，参加乡镇党委政府的有关会议，参与村镇规划建设的决策，定期向派出单位报告工作情况，
                派出单位要关心指导员的工作和生活，帮助解决实际困难，对表现突出的指导员给予表彰，并作为提拔使用的重要依据。
                三、有关要求
                各单位要高度重视，确保选派工作顺利进行。
                """);
        for (int plan = 0; plan < 8; plan++) {
            StringBuilder parts = new StringBuilder("第" + (plan + 1) + "片区各乡镇要按照本方案的要求认真组织实施，确保各项任务落到实处。\n");
            for (int part = 1; part <= 100; part++) {
                parts.append("（").append(part).append(part % 2 == 0 ? "）加强组织领导" : "）明确实施步骤").append('\n')
                        .append("各单位要按照本方案组织实施，主要负责同志亲自组织实施，确保组织实施到位。\n");
            }
            texts.put("parts" + plan + ".txt", parts.toString());
        }
        library = TextLibrary.of(temp.resolve(kind.name()), texts, kind);
        StringBuilder county = new StringBuilder("为做好干部下乡挂职工作，制定本办法。\n一、挂职安排\n");
        for (int item = 1; item <= 132; item++) {
            county.append("（").append(item).append(item > 32 ? "）加强督导" : item % 2 == 0 ? "）加强督促" : "）认真检查")
                    .append('\n')
                    .append("各乡镇要结合实际做好督促检查，及时总结经验。\n");
        }
        county.append("二、选派干部到乡镇挂职期间的日常管理和督促检查\n")
                .append("挂职干部由派出单位和接收乡镇共同管理，接收乡镇负责安排具体工作，派出单位定期了解挂职干部的工作表现，")
                .append("年终由接收乡镇写出鉴定意见，作为考核挂职干部的依据。\n");
        countyRules = TextLibrary.of(temp.resolve(kind.name() + "-county"), Map.of("county.txt", county.toString()),
                kind);
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        library.close();
        countyRules.close();
    }

    @Test
    void theSectionHeadedByTheWordsComesFirstAmongHundredsOfPassagesSayingThem() throws IOException {
        List<PassageHit> hits = library.passageHits("组织实施");
        assertEquals(List.of("二、选派住房和城乡建设系统干部下乡镇工作的组织实施"), hits.get(0).headingPath(), hits.subList(0, 3).toString());
    }

    @Test
    void theSectionHeadedByTheWordsComesFirstBelowMorePassagesOfItsDocumentThanAPageFetches() throws IOException {
        // 32 passages with one of the words in their heading score more than the section, and the cluster fetches
        // a document's best 30 passages only (as many as a page may show): the section must be sought apart
        List<PassageHit> hits = countyRules.passageHits("督促检查");
        assertEquals(List.of("二、选派干部到乡镇挂职期间的日常管理和督促检查"), hits.get(0).headingPath(),
                hits.subList(0, 3).toString());
    }
}
