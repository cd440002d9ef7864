package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The curated synonym list is bundled and symmetric within a group. */
class SynonymsTest {

    @Test
    void wordsOfAGroupAreSynonymsOfEachOther() {
        Synonyms synonyms = Synonyms.bundled();
        assertEquals(List.of("强化", "增强"), synonyms.of("加强"));
        assertTrue(synonyms.of("强化").contains("加强"));
        assertTrue(synonyms.of("乡村").contains("农村"));
    }

    @Test
    void aWordWithoutSynonymsHasNone() {
        assertEquals(List.of(), Synonyms.bundled().of("梅河口"));
    }

    @Test
    void theUsersGroupsAddToTheBundledOnesAndReplaceTheirOwnEarlierOnes() {
        try {
            Synonyms.useUserGroups(List.of(List.of("河长制", "河湖长制"), List.of("加强", "夯实")));
            assertEquals(List.of("河湖长制"), Synonyms.current().of("河长制"));
            assertEquals(List.of("强化", "增强", "夯实"), Synonyms.current().of("加强"));
            Synonyms.useUserGroups(List.of());
            assertEquals(List.of(), Synonyms.current().of("河长制"));
            assertEquals(Synonyms.bundled().of("加强"), Synonyms.current().of("加强"));
        } finally {
            Synonyms.useUserGroups(List.of());
        }
    }

    @Test
    void lookupsAreFoldedLikeIndexedText() {
        assertEquals(Synonyms.bundled().of("农村"), Synonyms.bundled().of("農村"));
    }
}
