package fanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The tokens of one text, analysed once and kept in compact arrays, so that the document field and each
 * of its passages can be indexed from the same segmentation (segmentation is the expensive stage of
 * ingest). {@link #slice(int, int)} replays the tokens inside a char range with offsets relative to the
 * range's start, exactly as if the range's substring had been analysed on its own.
 */
public final class AnalyzedText {

    private char[] termChars = new char[1024];
    private int termCharCount;
    private int[] termStart = new int[256];
    private int[] termLength = new int[256];
    private int[] startOffset = new int[256];
    private int[] endOffset = new int[256];
    private int[] positionIncrement = new int[256];
    private int[] positionLength = new int[256];
    private int count;
    private final int textLength;

    private AnalyzedText(int textLength) {
        this.textLength = textLength;
    }

    /** Runs {@code analyzer} over {@code text} as field {@code field} and keeps every token. */
    public static AnalyzedText analyze(Analyzer analyzer, String field, String text) {
        AnalyzedText tokens = new AnalyzedText(text.length());
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term, offset.startOffset(), offset.endOffset(), increment.getPositionIncrement(),
                        length.getPositionLength());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return tokens;
    }

    private void add(CharTermAttribute term, int start, int end, int increment, int length) {
        if (count == termStart.length) {
            int capacity = count * 2;
            termStart = Arrays.copyOf(termStart, capacity);
            termLength = Arrays.copyOf(termLength, capacity);
            startOffset = Arrays.copyOf(startOffset, capacity);
            endOffset = Arrays.copyOf(endOffset, capacity);
            positionIncrement = Arrays.copyOf(positionIncrement, capacity);
            positionLength = Arrays.copyOf(positionLength, capacity);
        }
        if (termCharCount + term.length() > termChars.length) {
            termChars = Arrays.copyOf(termChars, Math.max(termChars.length * 2, termCharCount + term.length()));
        }
        System.arraycopy(term.buffer(), 0, termChars, termCharCount, term.length());
        termStart[count] = termCharCount;
        termLength[count] = term.length();
        termCharCount += term.length();
        startOffset[count] = start;
        endOffset[count] = end;
        positionIncrement[count] = increment;
        positionLength[count] = length;
        count++;
    }

    /** Number of tokens kept. */
    public int size() {
        return count;
    }

    /** All tokens, with offsets into the whole text. */
    public TokenStream all() {
        return slice(0, Integer.MAX_VALUE);
    }

    /** The tokens lying wholly inside [{@code from}, {@code to}), with offsets made relative to {@code from}. */
    public TokenStream slice(int from, int to) {
        int first = firstTokenAtOrAfter(from);
        return new Replay(first, from, to);
    }

    private int firstTokenAtOrAfter(int offset) {
        // start offsets never decrease, but several tokens may share one (a word and its stacked sub-words):
        // step back from the binary-search hit to the first of them.
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startOffset[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        while (low > 0 && startOffset[low - 1] >= offset) {
            low--;
        }
        return low;
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final int first;
        private final int from;
        private final int to;
        private int next;
        private boolean emittedAny;

        Replay(int first, int from, int to) {
            this.first = first;
            this.from = from;
            this.to = to;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = first;
            emittedAny = false;
        }

        @Override
        public boolean incrementToken() {
            while (next < count && startOffset[next] < to) {
                int i = next++;
                if (startOffset[i] < from || endOffset[i] > to) {
                    continue;
                }
                clearAttributes();
                term.copyBuffer(termChars, termStart[i], termLength[i]);
                offset.setOffset(startOffset[i] - from, endOffset[i] - from);
                increment.setPositionIncrement(emittedAny ? positionIncrement[i] : Math.max(1, positionIncrement[i]));
                length.setPositionLength(positionLength[i]);
                emittedAny = true;
                return true;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int finalOffset = Math.min(to, textLength) - from;
            offset.setOffset(finalOffset, finalOffset);
        }
    }
}
