package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import fanwen.model.DocumentHit;
import fanwen.model.PassageHit;
import fanwen.model.SearchQuery;
import fanwen.store.StoreKind;

/**
 * A kind of section asked for is found whole when its heading has sub-headings: 二、保障措施 over （一）…（二）… has no
 * text of its own, and the writer wants the section, not one of its parts — the same for a short line heading 一是…
 * items. The whole section is read like a passage (its text, similar passages) but is never a document's snippet
 * and never counts as a passage. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class WholeSectionsTest {

    /** The store the library's index is in for this run of the class. */
    @Parameter
    StoreKind store;

    private static final String PLAN = """
            为做好科技特派员下乡工作，制定本方案。
            一、指导思想
            以服务农村发展为目标，推动科技成果进村入户，促进农民增收和农业增效。
            二、保障措施
            （一）加强组织领导。县里成立科技特派员工作领导小组，统筹协调下乡工作中的重大问题。
            （二）落实经费支持。县财政每年安排专项经费，用于特派员的补助、培训和项目启动。
            三、工作要求
            各乡镇要高度重视，认真组织，确保特派员下得去、留得住、干得好。
            """;

    private static final String SUMMARY = """
            一、坚持走访调研，尽快熟悉镇情
            到任以来，我先后走访了全镇的村和企业，了解产业发展和群众生产生活的情况。
            二、做好组织交办的工作
            一是主动与挂职同志联络，询问他们工作和生活上的困难，及时帮助解决。
            二是积极参加镇里的各项活动，完成领导交办的各项任务。
            几点体会和想法
            一是领导的关心是做好工作的保证，镇党委在思想、工作和生活上给了我很多帮助。
            二是面对新的形势和环境，必须加强学习，不断提高自己的业务水平和工作能力。
            """;

    @TempDir
    static Path temp;
    static TextLibrary library;

    @BeforeParameterizedClassInvocation
    static void indexAPlanASummaryAndArticles(StoreKind kind) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("d061.txt", PLAN);
        texts.put("d002.txt", SUMMARY);
        StringBuilder law = new StringBuilder("进出口贸易条例\n");
        for (int article = 1; article <= 6; article++) {
            law.append("第").append("一二三四五六".charAt(article - 1))
                    .append("条 对进口产品采取保障措施的，应当依照本条例规定的程序确定保障措施的形式和期限。\n");
        }
        texts.put("law.txt", law.toString());
        library = TextLibrary.of(temp.resolve(kind.name()), texts, kind);
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        library.close();
    }

    @Test
    void aSectionOfSubSectionsIsFoundWholeThroughItsHeading() throws IOException {
        PassageHit first = library.passageHits("保障措施").get(0);
        assertEquals(List.of("二、保障措施"), first.headingPath(), first.toString());
        assertTrue(first.text().startsWith("（一）加强组织领导") && first.text().endsWith("项目启动。"), first.text());
        assertEquals(PLAN.indexOf("（一）加强组织领导"), first.start());
    }

    @Test
    void aShortLineOverItemsIsASectionEvenAfterItemsUnderANumberedHeading() throws IOException {
        List<PassageHit> hits = library.passageHits("几点体会");
        assertFalse(hits.isEmpty());
        PassageHit first = hits.get(0);
        assertEquals("几点体会和想法", first.headingPath().getLast(), hits.toString());
        assertTrue(first.text().contains("领导的关心") && first.text().contains("不断提高"), first.text());
    }

    @Test
    void aWholeSectionsSnippetMarksTheWordsItsTextHolds() throws IOException {
        // found through its heading (保障措施) when any word is enough; its text holds the other (特派员的补助)
        PassageHit section = library.passageHits("保障措施 特派员").stream()
                .filter(hit -> hit.headingPath().equals(List.of("二、保障措施"))).findFirst().orElseThrow();
        assertTrue(section.snippet().matches().stream().anyMatch(
                range -> section.text().substring(range.start(), range.end()).equals("特派员")), section.toString());
    }

    @Test
    void aWholeSectionIsReadLikeAPassage() throws IOException {
        PassageHit section = library.passageHits("保障措施").get(0);
        assertTrue(library.engine().similarPassages(section.passageId(), 5).isPresent(),
                "a hit's id can be asked for similar passages");
    }

    @Test
    void aWholeSectionIsNeitherASnippetNorAPassageCounted() throws IOException {
        DocumentHit plan = library.engine().searchDocuments(SearchQuery.of("保障措施 领导小组")).hits().stream()
                .filter(hit -> hit.source().endsWith("d061.txt")).findFirst().orElseThrow();
        String twoParts = PLAN.substring(PLAN.indexOf("（一）"), PLAN.indexOf("三、工作要求")).strip();
        plan.snippets().forEach(snippet -> assertTrue(!snippet.text().isBlank()
                && snippet.end() - snippet.start() < twoParts.length(),
                "a snippet is cut from a passage's text, not from the whole section: " + snippet));
        // the plan's passages: the lead-in, 指导思想, （一）, （二）, 工作要求; the summary's: 一、 and four items;
        // the law's: its title line and six articles
        assertEquals(5 + 5 + 7, library.engine().stats().passages());
    }
}
