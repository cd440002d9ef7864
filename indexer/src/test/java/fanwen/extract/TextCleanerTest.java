package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void controlCharactersGoButTabsAndLineBreaksStay() {
        assertEquals("挂职\t锻炼\n总结", TextCleaner.clean("挂\u0000职\t锻\u0007炼\n总\uFEFF结"));
    }

    @Test
    void windowsAndOldMacLineBreaksBecomeNewlines() {
        assertEquals("一\n二\n三", TextCleaner.clean("一\r\n二\r三"));
    }

    @Test
    void runsOfBlankLinesShrinkToOneBlankLine() {
        assertEquals("一\n\n二", TextCleaner.clean("\n\n一\n \n\u3000\n\n\t\n二\n\n"));
    }

    @Test
    void aTextOfOnlyWhiteSpaceAndControlsBecomesEmpty() {
        assertEquals("", TextCleaner.clean(" \u0000\r\n\t\u3000 "));
    }
}
