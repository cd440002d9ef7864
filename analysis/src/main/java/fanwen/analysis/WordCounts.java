package fanwen.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * How often each word occurs in a token stream, in order of first occurrence. Only the first path through the
 * token graph counts — a token that starts where the last one counted ends, or after it: the sub-words that the
 * index mode stacks on a word and the whole letter-digit run stacked on its first part are left out, so each
 * stretch of text counts once. Keyword and place extraction read these counts, so they need no segmentation of
 * their own.
 */
public final class WordCounts {

    private WordCounts() {}

    /** Counts the words of {@code stream}, which this method resets, consumes and ends (not closes). */
    public static Map<String, Integer> of(TokenStream stream) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
        stream.reset();
        int position = -1;
        int pathEnd = 0;
        while (stream.incrementToken()) {
            position += increment.getPositionIncrement();
            if (position >= pathEnd) {
                counts.merge(term.toString(), 1, Integer::sum);
                pathEnd = position + length.getPositionLength();
            }
        }
        stream.end();
        return counts;
    }

    /** Counts the words {@code analyzer} finds in {@code text}. */
    public static Map<String, Integer> of(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            return of(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
    }
}
