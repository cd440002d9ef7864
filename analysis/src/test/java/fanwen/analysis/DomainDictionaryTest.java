package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.analysis.HanLPTokenizer.Mode;

class DomainDictionaryTest {

    private static final ChineseAnalyzer QUERY = new ChineseAnalyzer(Mode.QUERY, false);

    @Test
    void bundledTermsAreOneToken() {
        assertEquals(List.of("下派干部", "要", "做好", "挂职锻炼", "工作"), Tokens.of(QUERY, "下派干部要做好挂职锻炼工作").terms());
    }

    @Test
    void aUserDictionaryTakesEffect(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("user.txt");
        Files.writeString(file, "\uFEFF# 本单位术语\n云端督导站 nz\n\n坏 行 多 字段\n", StandardCharsets.UTF_8);
        assertEquals(List.of("云端", "督导", "站"), Tokens.of(QUERY, "云端督导站").terms());
        assertEquals(1, DomainDictionary.loadUserDictionary(file));
        assertEquals(List.of("云端督导站"), Tokens.of(QUERY, "云端督导站").terms());
    }

    @Test
    void userTermsAreReplacedWholeWhileATokenizerIsReused() throws IOException {
        try (ChineseAnalyzer query = new ChineseAnalyzer(Mode.QUERY, false)) {
            assertEquals(List.of("星火", "督办", "台"), Tokens.of(query, "星火督办台").terms());
            DomainDictionary.useUserTerms(List.of(new DictionaryFile.Entry("星火督办台", "nz")));
            assertEquals(List.of("星火督办台"), Tokens.of(query, "星火督办台").terms());
            assertEquals(List.of("下派干部"), Tokens.of(query, "下派干部").terms(), "the bundled terms stay");
            DomainDictionary.useUserTerms(List.of());
            assertEquals(List.of("星火", "督办", "台"), Tokens.of(query, "星火督办台").terms());
        } finally {
            DomainDictionary.useUserTerms(List.of());
        }
    }

    @Test
    void badLinesAreSkippedAndCounted() throws IOException {
        String file = """
                \uFEFF甲乙丙丁
                # a comment
                戊己庚 n   # trailing comment

                one two three
                ，，，
                符号词 n!
                %s
                臺灣術語 nz
                """.formatted("长".repeat(DictionaryFile.MAX_TERM_LENGTH + 1));
        DictionaryFile.Parsed parsed = DictionaryFile.parse(new BufferedReader(new StringReader(file)));
        assertEquals(List.of(new DictionaryFile.Entry("甲乙丙丁", "nz"), new DictionaryFile.Entry("戊己庚", "n"),
                new DictionaryFile.Entry("台湾术语", "nz")), parsed.entries());
        assertEquals(4, parsed.skippedLines());
    }

    @Test
    void loadingTheBundledDictionaryTwiceIsHarmless() {
        DomainDictionary.loadBundled();
        DomainDictionary.loadBundled();
        assertEquals(List.of("放管服", "深化改革"), Tokens.of(QUERY, "放管服，深化改革").terms());
    }
}
