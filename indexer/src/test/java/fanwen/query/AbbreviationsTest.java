package fanwen.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The curated abbreviation list: parsed into long forms of ordered parts, bundled, looked up folded. */
class AbbreviationsTest {

    @Test
    void aLongFormsPartsAreSeparatedBySpacesAndFormsByTabs() throws IOException {
        Abbreviations parsed = Abbreviations.parse(new BufferedReader(new StringReader("""
                # comment
                维权\t维护 权益
                普法\t法治宣传教育\t普及 法律

                """)));
        assertEquals(2, parsed.size());
        assertEquals(List.of(new Abbreviations.LongForm(List.of("维护", "权益"))), parsed.of("维权"));
        assertEquals(List.of(new Abbreviations.LongForm(List.of("法治宣传教育")),
                new Abbreviations.LongForm(List.of("普及", "法律"))), parsed.of("普法"));
    }

    @Test
    void theBundledListIsLookedUpFoldedLikeIndexedText() {
        Abbreviations bundled = Abbreviations.bundled();
        assertTrue(bundled.size() > 40, "curated list bundled");
        assertEquals(List.of(new Abbreviations.LongForm(List.of("维护", "权益"))), bundled.of("维权"));
        assertEquals(bundled.of("维权"), bundled.of("維權"));
        assertTrue(bundled.of("国企").contains(new Abbreviations.LongForm(List.of("国有企业"))));
    }

    @Test
    void aWordThatIsNoAbbreviationHasNoLongForm() {
        assertEquals(List.of(), Abbreviations.bundled().of("挂职锻炼"));
    }
}
