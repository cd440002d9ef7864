package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import fanwen.query.RankingRules;
import fanwen.store.StoreKind;

/**
 * Who holds a remembered fragment, on both stores alike: a holder ranked below every hit the preferences reorder still
 * comes first, and a run typed word by word is taken for a fragment by how many texts hold it — over passages, the
 * passages, not the documents they are in.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class FragmentHoldersTest {

    private static final String FILLER = "各单位要认真履行职责，按照年度计划做好各项工作，确保任务按期完成。\n";

    /** The store the library's index is in for this run of the class. */
    @Parameter
    StoreKind store;

    @TempDir
    static Path temp;
    static TextLibrary library;

    @BeforeParameterizedClassInvocation
    static void indexHoldersAmongManyDenserTexts(StoreKind kind) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        // more texts denser in the words than the holder than the preferences reorder
        for (int i = 0; i < RankingRules.PREFERENCE_DEPTH + 20; i++) {
            texts.put("dense-" + i + ".txt", "工作简报" + i + "\n推进城乡融合，统筹城乡发展。城乡统筹推进，融合发展。"
                    + "统筹推进城乡建设，推进融合。\n");
        }
        texts.put("holder.txt", "年度总结\n" + FILLER.repeat(60) + "一年来，我们统筹推进城乡融合，成效明显。\n"
                + FILLER.repeat(60));
        // a run two documents hold in four passages: a topic over passages, however few documents it is in
        for (int d = 1; d <= 2; d++) {
            StringBuilder text = new StringBuilder("工作要点" + d + "\n");
            for (int section = 1; section <= 2; section++) {
                text.append(section == 1 ? "一、" : "二、").append("主要任务\n").append(FILLER.repeat(30))
                        .append("坚持乡村振兴全面推进。\n").append(FILLER.repeat(30));
            }
            texts.put("plan-" + d + ".txt", text.toString());
        }
        texts.put("village.txt", "乡村工作\n乡村振兴要全面推进。推进乡村振兴，全面振兴乡村，全面推进振兴。\n");
        library = TextLibrary.of(temp.resolve(kind.name()), texts, kind);
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        library.close();
    }

    @Test
    void aHolderRankedBelowTheHitsThePreferencesReorderStillComesFirst() throws IOException {
        assertEquals("holder.txt", library.documents("统筹推进城乡融合").get(0));
        assertEquals("holder.txt", library.passages("统筹推进城乡融合").get(0));
    }

    @Test
    void aRunTypedApartThatFourPassagesHoldIsATopicOverPassages() throws IOException {
        assertEquals("village.txt", library.passages("乡村 振兴 全面 推进").get(0));
    }
}
