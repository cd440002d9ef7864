package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.model.PassageHit;

/**
 * A section headed by the words asked for is found first however many passages merely use them: more passages
 * saying 组织实施 under headings holding one of its words than the ranking's window holds do not hide the plan's
 * section headed by both. (The section's long heading scores it, on its own, below every one of those 800 passages
 * and above a quarter of them: found only by the own-heading rule, and then first. Without seeking the sections
 * beyond the best hits of the query it is never seen.)
 */
class SectionsBeyondCommonWordsTest {

    @TempDir
    static Path temp;
    static TextLibrary library;

    @BeforeAll
    static void indexAPlanAndManyPassagesUsingItsWords() throws IOException {
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
        library = TextLibrary.of(temp, texts);
    }

    @AfterAll
    static void close() throws IOException {
        library.close();
    }

    @Test
    void theSectionHeadedByTheWordsComesFirstAmongHundredsOfPassagesSayingThem() throws IOException {
        List<PassageHit> hits = library.passageHits("组织实施");
        assertEquals(List.of("二、选派住房和城乡建设系统干部下乡镇工作的组织实施"), hits.get(0).headingPath(), hits.subList(0, 3).toString());
    }
}
