package fanwen.fingerprint;

import java.util.Arrays;

import fanwen.analysis.ChineseFolding;

/**
 * A text reduced to what its wording consists of: letters and digits (Chinese characters included), folded
 * (width, case, traditional → simplified), with punctuation, symbols and whitespace dropped — so that
 * "加强领导，明确责任" and "加强领导 明确责任。" read the same. Each kept char remembers where it came
 * from, so a range found in the normalised text maps back to exact offsets in the original.
 *
 * <p>Characters beyond the BMP count as one unit (kept as their code point), so a range never splits a
 * surrogate pair.
 */
public final class NormalizedText {

    private final int[] codePoints;
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(int[] codePoints, int[] starts, int[] ends) {
        this.codePoints = codePoints;
        this.starts = starts;
        this.ends = ends;
    }

    /** The normalised form of {@code text}. */
    public static NormalizedText of(CharSequence text) {
        return of(text, 0, text.length());
    }

    /** The normalised form of {@code text[from, to)}; offsets stay those of {@code text}. */
    public static NormalizedText of(CharSequence text, int from, int to) {
        int capacity = to - from;
        int[] codePoints = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(text, i);
            int width = Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                codePoints[n] = width == 1 ? ChineseFolding.fold((char) c) : c;
                starts[n] = i;
                ends[n] = i + width;
                n++;
            }
            i += width;
        }
        return new NormalizedText(Arrays.copyOf(codePoints, n), Arrays.copyOf(starts, n),
                Arrays.copyOf(ends, n));
    }

    /** How many chars were kept. */
    public int length() {
        return codePoints.length;
    }

    /** The kept char at {@code i}, as a code point. */
    public int codePointAt(int i) {
        return codePoints[i];
    }

    /** Where the kept char {@code i} starts in the original text. */
    public int originalStart(int i) {
        return starts[i];
    }

    /** Where the kept char {@code i} ends in the original text (exclusive). */
    public int originalEnd(int i) {
        return ends[i];
    }

    /**
     * A 64-bit hash of the {@code k} kept chars from {@code i}: the shingle's identity. Equal shingles hash
     * alike in every text.
     */
    public long shingleHash(int i, int k) {
        long h = 0x9E3779B97F4A7C15L;
        for (int j = i; j < i + k; j++) {
            h = (h ^ codePoints[j]) * 0x100000001B3L;
        }
        return Mix.fmix64(h);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(codePoints.length);
        for (int c : codePoints) {
            out.appendCodePoint(c);
        }
        return out.toString();
    }
}
