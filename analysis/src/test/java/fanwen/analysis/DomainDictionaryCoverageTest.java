package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import fanwen.analysis.HanLPTokenizer.Mode;

/**
 * Every bundled domain term earns its place: the stock segmenter splits it (alone or in a sentence),
 * and once the dictionary is loaded it is one token, alone and in a sentence. Run this after adding
 * terms to {@code corpus/dict/}.
 */
class DomainDictionaryCoverageTest {

    private static final String BEFORE = "会议强调，";
    private static final String AFTER = "是重点。";

    @Test
    void everyDomainTermIsSplitByStockHanLPAndOneTokenAfterLoading() throws IOException {
        DomainDictionary.loadBundled();
        // HanLP's own dictionary without the inserted terms: the stock segmenter.
        DynamicCustomDictionary stockDictionary =
                new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, null, CustomDictionary.DEFAULT.path);
        Segment stock = HanLPTokenizer.newSegment().enableCustomDictionary(stockDictionary);
        ChineseAnalyzer query = new ChineseAnalyzer(Mode.QUERY, false);
        ChineseAnalyzer index = new ChineseAnalyzer(Mode.INDEX, false);

        List<String> terms = bundledTerms();
        List<String> problems = new ArrayList<>();
        for (String term : terms) {
            String sentence = BEFORE + term + AFTER;
            if (isOneTerm(stock.seg(term), 0, term) && isOneTerm(stock.seg(sentence), BEFORE.length(), term)) {
                problems.add(term + ": stock HanLP already keeps it whole");
            }
            if (!Tokens.of(query, term).terms().equals(List.of(term))) {
                problems.add(term + ": alone → " + Tokens.of(query, term).terms());
            }
            if (!Tokens.of(query, sentence).terms().contains(term) || !Tokens.of(index, sentence).terms().contains(term)) {
                problems.add(term + ": in a sentence → " + Tokens.of(query, sentence).terms());
            }
        }
        assertTrue(terms.size() >= 300, "only " + terms.size() + " domain terms");
        assertEquals(List.of(), problems);
    }

    private static boolean isOneTerm(List<Term> terms, int offset, String term) {
        return terms.stream().anyMatch(t -> t.offset == offset && t.word.equals(term));
    }

    private static List<String> bundledTerms() throws IOException {
        List<String> terms = new ArrayList<>();
        for (String name : DomainDictionary.BUNDLED_FILES) {
            try (InputStream in = DomainDictionary.class.getResourceAsStream("dict/" + name)) {
                DictionaryFile.Parsed parsed =
                        DictionaryFile.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                assertEquals(0, parsed.skippedLines(), name + " has bad lines");
                parsed.entries().forEach(e -> terms.add(e.term()));
            }
        }
        return terms;
    }
}
