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
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
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
 *       more than one part, is stacked on the first part and spans them all (its position length).
 *   <li>A word of three or more characters spans the parts that the dictionary words inside it cut it into
 *       (its sub-words, {@link DictionaryWords}: 总工会 → 总工, 工会; laid out by {@link SubWordGraph}: 总|工会,
 *       two positions). {@link Mode#INDEX} stacks the sub-words that fit those parts on them with type
 *       {@code <SUBWORD>} (工会 at the second position; 总工 crosses it and is left out), as Kuromoji's search
 *       mode stacks a compound on its parts; {@link Mode#QUERY} emits the word alone and leaves the positions
 *       of its parts free, with a position length of one, so that a phrase built from a query's positions lines
 *       up with the index (Lucene's query builders would take a longer token for a graph and flatten it).
 *       Every token leaving a position starts at the same offset, every token arriving at one ends at the
 *       same offset, and {@link #end()} reports the positions the last word still spans.
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
 *   Viterbi, all recognisers off, index mode                                           1.31–1.53
 *   Dijkstra, defaults / all off                                                       0.43–0.62 / 0.82–1.02
 * </pre>
 * The whole {@link ChineseAnalyzer} chain (folding, this tokenizer, no stop filter) on the same text:
 * INDEX 0.97–1.30 M chars/s, QUERY 1.05–1.46 M chars/s per thread, with the sub-words of HanLP's index mode;
 * finding them in the dictionaries instead ({@link DictionaryWords}) measured the same within the noise
 * (1.2–1.9 M chars/s before and after, both modes). Index mode finds the same sub-words but, for numerals,
 * depending on the characters around, which a query cannot reproduce.
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
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final Mode mode;
    private final Segment segment;

    /** The whole (folded) input. */
    private char[] text = new char[SMALL_BUFFER];
    private int length;
    /** Where the next chunk starts. */
    private int chunkStart;
    /** Tokens of the current chunk not yet emitted: start, end, position, position length, type index. */
    private final TokenQueue queue = new TokenQueue();
    private final SubWordGraph subWords = new SubWordGraph();
    /** Where the next word goes: the position after the parts of the last one. */
    private int nextPosition;
    /** The position of the last token emitted. */
    private int lastPosition;

    public HanLPTokenizer(Mode mode) {
        this.mode = mode;
        this.segment = newSegment();
    }

    /** The HanLP segmenter configuration described above, the same in both modes. */
    static Segment newSegment() {
        return HanLP.newSegment()
                .enableOffset(true)
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
        posIncAtt.setPositionIncrement(queue.position() - lastPosition);
        posLenAtt.setPositionLength(queue.positionLength());
        lastPosition = queue.position();
        typeAtt.setType(TYPES[queue.type()]);
        queue.pop();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        DomainDictionary.seeLatest();
        length = 0;
        for (int read; (read = input.read(text, length, text.length - length)) != -1; ) {
            length += read;
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
        }
        chunkStart = 0;
        queue.clear();
        nextPosition = 0;
        lastPosition = -1;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
        posIncAtt.setPositionIncrement(nextPosition - lastPosition - 1);
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
        int alnumEnd = start; // chars before this were emitted as part of an ASCII run
        for (Term term : segment.seg(Arrays.copyOfRange(text, start, end))) {
            int termStart = start + term.offset;
            alnumEnd = splitTerm(termStart, termStart + term.length(), alnumEnd, end);
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
                    queue.add(p, next, nextPosition++, 1, Character.isLetter(cp) ? WORD : SYMBOL);
                    p = next;
                }
                case WORD -> {
                    int q = next;
                    while (q < end && !Character.isSurrogate(text[q]) && CharClass.of(text[q]) == CharClass.WORD) {
                        q++;
                    }
                    emitWord(p, q);
                    p = q;
                }
            }
        }
        return alnumEnd;
    }

    /**
     * Adds the word [start, end) spread over its parts at the next position and, in index mode, its sub-words
     * stacked on them.
     */
    private void emitWord(int start, int end) {
        if (end - start > MAX_TOKEN_LENGTH) {
            emitCapped(start, end, WORD);
            return;
        }
        int wordPosition = nextPosition++;
        queue.add(start, end, wordPosition, 1, WORD);
        subWords.reset(start, end);
        DictionaryWords.inside(text, start, end, subWords);
        if (subWords.size() == 0) {
            return;
        }
        int span = subWords.layOut();
        nextPosition = wordPosition + span;
        if (mode == Mode.INDEX) {
            queue.setLastPositionLength(span);
            int first = queue.size();
            for (int k = 0; k < subWords.size(); k++) {
                if (subWords.kept(k)) {
                    queue.add(subWords.start(k), subWords.end(k), wordPosition + subWords.position(k),
                            subWords.positionLength(k), SUBWORD);
                }
            }
            queue.sortSince(first);
        }
    }

    private void emitAlnumRun(int start, int end) {
        int[] bounds = AlnumRun.parts(text, start, end);
        int parts = bounds.length / 2;
        for (int k = 0; k < parts; k++) {
            emitCapped(bounds[2 * k], bounds[2 * k + 1], ALNUM);
            if (k == 0 && parts > 1 && mode == Mode.INDEX && end - start <= MAX_TOKEN_LENGTH) {
                queue.add(start, end, nextPosition - 1, parts, ALNUM);
            }
        }
    }

    /** Adds [start, end) as one token at the next position, or as several successive ones if it is too long. */
    private void emitCapped(int start, int end, int type) {
        while (end - start > MAX_TOKEN_LENGTH) {
            int cut = start + MAX_TOKEN_LENGTH;
            if (Character.isHighSurrogate(text[cut - 1])) {
                cut--;
            }
            queue.add(start, cut, nextPosition++, 1, type);
            start = cut;
        }
        queue.add(start, end, nextPosition++, 1, type);
    }
}
