package fanwen.analysis;

import java.io.IOException;
import java.util.Arrays;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Segments Chinese text into words with HanLP; every token's offsets point at exactly the source text
 * it came from. It expects folded input (see {@link ChineseFoldingCharFilter}): the term is the input
 * text between its offsets.
 *
 * <p>HanLP decides Chinese word boundaries; this class decides the rest:
 * <ul>
 *   <li>Whitespace, punctuation (Unicode P*), control and format characters are dropped; nothing else
 *       is. Symbols (℃, ™, ①) and characters beyond the BMP (𠮷, 𪚥) become one token per code point
 *       (HanLP lumps unknown characters together); runs of other scripts (Cyrillic, kana, Hangul) are
 *       kept whole between separators.
 *   <li>ASCII letters and digits are read directly from the text, not from HanLP (which splits
 *       {@code pd1728_a_1} into pd/1728/_a_/1 and glues {@code 2012,5}): a run of letters, digits and
 *       the connectors {@code _ - . / + #}, not starting or ending with a connector, is split into parts
 *       at connectors and letter↔digit changes ({@code pd|1728|a|1}; a decimal such as 3.5 is one part).
 *       The parts are emitted at successive positions; in {@link Mode#INDEX} the whole run, when it has
 *       more than one part, is stacked on the first part.
 *   <li>In {@link Mode#INDEX}, HanLP's index mode adds the dictionary words inside a longer word
 *       (总工会 → 总工, 工会), stacked at the covering word's position with type {@code <SUBWORD>}.
 *   <li>No token is longer than {@value #MAX_TOKEN_LENGTH} chars; longer runs are split.
 * </ul>
 *
 * <p>HanLP configuration: {@code HanLP.newSegment()} (Viterbi) with the HanLP core and custom
 * dictionaries plus {@link DomainDictionary}, and every recogniser off (person, translated and Japanese
 * names, places, organisations, number+quantifier). Measured on this machine (official-document text,
 * seed file plus government work reports, 480 k chars, one thread, after JIT warm-up, best of five;
 * the figures are noisy because two cores are shared with other builds):
 * <pre>
 *   Viterbi, recognisers as HanLP.newSegment() defaults (person + translated names)   0.60–0.86 M chars/s
 *   Viterbi, person names only                                                         0.79–1.04
 *   Viterbi, + places and organisations                                                0.04–0.19
 *   Viterbi, + number/quantifier merging                                               1.11–1.15
 *   Viterbi, all recognisers off  (chosen)                                             1.14–1.34
 *   Viterbi, all recognisers off, index mode  (chosen for INDEX)                       1.31–1.53
 *   Dijkstra, defaults / all off                                                       0.43–0.62 / 0.82–1.02
 * </pre>
 * The whole {@link ChineseAnalyzer} chain (folding, this tokenizer, no stop filter) on the same text:
 * INDEX 0.97–1.30 M chars/s, QUERY 1.05–1.46 M chars/s per thread.
 * Person-name recognition both halves the speed and, on 公文 text, invents names such as 党和, 占全国,
 * 居全国, 区进行, 安全中 (hiding 全国 and 安全 from queries); names it does find (王莉霞) are still matched
 * as a phrase of their characters. Number/quantifier merging would turn 2023年 into one token. Text is
 * segmented in chunks of at most {@value #MAX_CHUNK} chars cut at line breaks or punctuation, which
 * bounds HanLP's word lattice on 20 M char documents.
 *
 * <p>One instance reuses one HanLP {@link Segment}; like every Lucene tokenizer it is used by one thread
 * at a time.
 */
public final class HanLPTokenizer extends Tokenizer {

    /** Whether the tokens are for the index (with stacked sub-words and whole runs) or for a query. */
    public enum Mode {
        INDEX,
        QUERY
    }

    public static final String TYPE_WORD = "<WORD>";
    public static final String TYPE_SUBWORD = "<SUBWORD>";
    public static final String TYPE_ALNUM = "<ALNUM>";
    public static final String TYPE_SYMBOL = "<SYMBOL>";

    /** The longest token emitted; longer runs are split. */
    public static final int MAX_TOKEN_LENGTH = 255;

    static final int MAX_CHUNK = 4096;
    private static final int SMALL_BUFFER = 1024;
    private static final String[] TYPES = {TYPE_WORD, TYPE_SUBWORD, TYPE_ALNUM, TYPE_SYMBOL};
    private static final int WORD = 0, SUBWORD = 1, ALNUM = 2, SYMBOL = 3; // indexes into TYPES

    static {
        DomainDictionary.loadBundled();
    }

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final Mode mode;
    private final Segment segment;

    /** The whole (folded) input. */
    private char[] text = new char[SMALL_BUFFER];
    private int length;
    /** Where the next chunk starts. */
    private int chunkStart;
    /** Tokens of the current chunk not yet emitted: start, end, position increment, type index. */
    private final TokenQueue queue = new TokenQueue();

    public HanLPTokenizer(Mode mode) {
        this.mode = mode;
        this.segment = newSegment(mode);
    }

    /** The HanLP segmenter configuration described above. */
    static Segment newSegment(Mode mode) {
        return HanLP.newSegment()
                .enableOffset(true)
                .enableIndexMode(mode == Mode.INDEX)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (queue.isEmpty()) {
            if (chunkStart >= length) {
                return false;
            }
            int chunkEnd = chunkEnd(chunkStart);
            tokenizeChunk(chunkStart, chunkEnd);
            chunkStart = chunkEnd;
        }
        clearAttributes();
        int start = queue.start();
        int end = queue.end();
        termAtt.copyBuffer(text, start, end - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
        posIncAtt.setPositionIncrement(queue.positionIncrement());
        typeAtt.setType(TYPES[queue.type()]);
        queue.pop();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int read; (read = input.read(text, length, text.length - length)) != -1; ) {
            length += read;
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
        }
        chunkStart = 0;
        queue.clear();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > 1 << 20) {
            text = new char[SMALL_BUFFER]; // do not keep a 20 M char document alive per thread
        }
        length = 0;
        queue.clear();
    }

    /** The end of the chunk starting at {@code start}: just after a line break or punctuation if possible. */
    private int chunkEnd(int start) {
        int limit = start + MAX_CHUNK;
        if (limit >= length) {
            return length;
        }
        int floor = start + MAX_CHUNK / 2;
        for (int i = limit - 1; i >= floor; i--) {
            if (text[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = limit - 1; i >= floor; i--) {
            char c = text[i];
            if (CharClass.of(c) == CharClass.SEPARATOR && !Character.isSurrogate(c) && !CharClass.isConnector(c)) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private void tokenizeChunk(int start, int end) {
        // Index mode answers a LinkedList: index into an array, not the list.
        Term[] terms = segment.seg(Arrays.copyOfRange(text, start, end)).toArray(new Term[0]);
        int covered = start; // end of the last main (non-sub-word) term
        int alnumEnd = start; // chars before this were emitted as part of an ASCII run
        for (int i = 0; i < terms.length; ) {
            Term term = terms[i++];
            int termStart = start + term.offset;
            int termEnd = termStart + term.length();
            if (termStart < covered) {
                continue; // a sub-word whose covering word was not a clean word
            }
            covered = termEnd;
            int before = queue.size();
            alnumEnd = splitTerm(termStart, termEnd, alnumEnd, end);
            boolean cleanWord = queue.size() == before + 1 && queue.lastType() == WORD
                    && queue.lastStart() == termStart && queue.lastEnd() == termEnd;
            // In index mode HanLP lists the words inside a long word right after it.
            int firstSub = queue.size();
            for (; i < terms.length && start + terms[i].offset < covered; i++) {
                Term sub = terms[i];
                int subStart = start + sub.offset;
                int subEnd = subStart + sub.length();
                if (cleanWord && subEnd <= termEnd && subEnd - subStart < termEnd - termStart
                        && CharClass.allWordChars(text, subStart, subEnd) && !queue.containsSince(firstSub, subStart, subEnd)) {
                    queue.add(subStart, subEnd, 0, SUBWORD);
                }
            }
            queue.sortSince(firstSub);
        }
    }

    /**
     * Emits the tokens of one HanLP term [start, end); ASCII runs may extend past {@code end} up to
     * {@code limit}. Returns the end of the last ASCII run emitted, or {@code alnumEnd} if none.
     */
    private int splitTerm(int start, int end, int alnumEnd, int limit) {
        int p = Math.max(start, alnumEnd);
        while (p < end) {
            char c = text[p];
            if (CharClass.isAsciiAlnum(c)) {
                alnumEnd = AlnumRun.end(text, p, limit);
                emitAlnumRun(p, alnumEnd);
                p = alnumEnd;
                continue;
            }
            int cp = Character.codePointAt(text, p, end);
            int next = p + Character.charCount(cp);
            switch (CharClass.of(cp)) {
                case SEPARATOR -> p = next;
                case ALNUM -> throw new AssertionError("ASCII runs are handled above");
                case SINGLE -> {
                    queue.add(p, next, 1, Character.isLetter(cp) ? WORD : SYMBOL);
                    p = next;
                }
                case WORD -> {
                    int q = next;
                    while (q < end && !Character.isSurrogate(text[q]) && CharClass.of(text[q]) == CharClass.WORD) {
                        q++;
                    }
                    emitCapped(p, q, 1, WORD);
                    p = q;
                }
            }
        }
        return alnumEnd;
    }

    private void emitAlnumRun(int start, int end) {
        int[] bounds = AlnumRun.parts(text, start, end);
        int parts = bounds.length / 2;
        for (int k = 0; k < parts; k++) {
            emitCapped(bounds[2 * k], bounds[2 * k + 1], 1, ALNUM);
            if (k == 0 && parts > 1 && mode == Mode.INDEX && end - start <= MAX_TOKEN_LENGTH) {
                queue.add(start, end, 0, ALNUM);
            }
        }
    }

    /** Adds [start, end) as one token, or as several successive ones if it is too long. */
    private void emitCapped(int start, int end, int positionIncrement, int type) {
        while (end - start > MAX_TOKEN_LENGTH) {
            int cut = start + MAX_TOKEN_LENGTH;
            if (Character.isHighSurrogate(text[cut - 1])) {
                cut--;
            }
            queue.add(start, cut, positionIncrement, type);
            positionIncrement = 1;
            start = cut;
        }
        queue.add(start, end, positionIncrement, type);
    }
}
