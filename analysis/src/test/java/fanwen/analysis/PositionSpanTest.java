package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

import fanwen.analysis.HanLPTokenizer.Mode;

/**
 * What keeps phrases exact although the index stores no position lengths: every word the index stores spans as
 * many positions there as a query gives that word — so the token a phrase expects right after it starts where it
 * ends — and a query leaves those positions free after it.
 */
class PositionSpanTest {

    private static final ChineseAnalyzer INDEX = new ChineseAnalyzer(Mode.INDEX, false);
    private static final ChineseAnalyzer QUERY = new ChineseAnalyzer(Mode.QUERY, false);

    private record Span(String term, int position, int length) {
    }

    /** The tokens of {@code text}, each with its position and position length; the last is where the text ends. */
    private static List<Span> spans(Analyzer analyzer, String text) {
        List<Span> spans = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                spans.add(new Span(term.toString(), position, length.getPositionLength()));
            }
            stream.end();
            spans.add(new Span("", position + increment.getPositionIncrement() + 1, 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    @Test
    void everyStoredWordSpansAsManyPositionsAsAQueryGivesIt() throws IOException {
        String text = OffsetsTest.seedSpeech();
        int checked = 0;
        for (Span stored : spans(INDEX, text)) {
            List<Span> asQuery = spans(QUERY, stored.term());
            if (asQuery.size() == 2 && asQuery.getFirst().term().equals(stored.term())) {
                int queried = asQuery.get(1).position() - asQuery.getFirst().position();
                assertEquals(queried, stored.length(), () -> stored + " takes " + queried + " positions in a query");
                checked++;
            }
        }
        assertTrue(checked > 5_000, "checked " + checked);
    }

    @Test
    void aWordWithSubWordsSpansItsPartsInTheIndexAndInAQuery() {
        assertEquals(List.of(new Span("二一一", 0, 2), new Span("一一", 1, 1), new Span("终", 2, 1), new Span("", 3, 0)),
                spans(INDEX, "二一一终"));
        assertEquals(List.of(new Span("二一一", 0, 1), new Span("终", 2, 1), new Span("", 3, 0)),
                spans(QUERY, "二一一终"));
    }
}
