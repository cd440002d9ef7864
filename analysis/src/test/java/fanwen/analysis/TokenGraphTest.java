package fanwen.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

import fanwen.analysis.HanLPTokenizer.Mode;

/**
 * Lucene's own checks of a token stream ({@link BaseTokenStreamTestCase}) over the three analyzers of the index
 * and its queries: random text, and real reports read whole and in random excerpts, each with the graph's offsets
 * checked — every token leaving a position starts where the others leaving it start, every token arriving at a
 * position ends where the others arriving there end — and the same tokens however the text is read (reused
 * streams, several threads, a reader that feeds a char at a time, a char filter that shifts offsets).
 *
 * <p>A JUnit 4 test, run by the vintage engine beside the Jupiter tests: the checks need the randomized context that
 * {@code LuceneTestCase} sets up. A failure prints the seed; {@code -Dtests.seed=…} replays it.
 */
public class TokenGraphTest extends BaseTokenStreamTestCase {

    private static final int MAX_WORD_LENGTH = 20;

    @Test
    public void indexModeKeepsAConsistentGraphOnRandomText() throws IOException {
        checkRandomText(new ChineseAnalyzer(Mode.INDEX, false));
    }

    @Test
    public void queryModeKeepsAConsistentGraphOnRandomText() throws IOException {
        checkRandomText(new ChineseAnalyzer(Mode.QUERY, true));
    }

    @Test
    public void bigramsKeepAConsistentGraphOnRandomText() throws IOException {
        checkRandomText(new BigramAnalyzer());
    }

    @Test
    public void everyAnalyzerIsConsistentOnAWholeSpeechAndAReport() throws IOException {
        for (Analyzer analyzer : analyzers()) {
            try (analyzer) {
                for (String text : List.of(resource("/seed-speech.txt"), resource("/jilin-report-2026-excerpt.txt"))) {
                    checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text, true);
                }
            }
        }
    }

    /** Random stretches of real text hold the compounds (总工会, 梅河口市) that random characters never form. */
    @Test
    public void everyAnalyzerIsConsistentOnRandomExcerptsOfReports() throws IOException {
        String text = resource("/seed-speech.txt") + resource("/jilin-report-2026-excerpt.txt");
        Random random = random();
        for (Analyzer analyzer : analyzers()) {
            try (analyzer) {
                for (int i = 0; i < atLeast(100); i++) {
                    int start = random.nextInt(text.length());
                    int end = Math.min(text.length(), start + 1 + random.nextInt(200));
                    checkAnalysisConsistency(random, analyzer, random.nextBoolean(), text.substring(start, end), true);
                }
            }
        }
    }

    private static void checkRandomText(Analyzer analyzer) throws IOException {
        try (analyzer) {
            checkRandomData(random(), analyzer, atLeast(200), MAX_WORD_LENGTH, false, true);
            checkRandomData(random(), analyzer, atLeast(20), 8 * MAX_WORD_LENGTH, false, true);
        }
    }

    private static List<Analyzer> analyzers() {
        return List.of(new ChineseAnalyzer(Mode.INDEX, false), new ChineseAnalyzer(Mode.QUERY, true),
                new BigramAnalyzer());
    }

    private static String resource(String name) {
        try (InputStream in = TokenGraphTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
