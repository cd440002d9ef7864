package fanwen.analysis;

import java.util.Arrays;

/**
 * Lays a word and the dictionary words inside it (its sub-words, {@link DictionaryWords}: 总工会 → 总工, 工会) on
 * positions, after Kuromoji's search mode: the word is cut into parts and spans one position per part (its
 * position length); each sub-word kept stands at the position of its first part and spans its own parts. So every
 * token leaving a position starts at one offset and every token arriving at one ends at one offset, as Lucene's
 * graph checks require.
 *
 * <p>The parts: the sub-words are taken longest first (then the more frequent in HanLP's dictionaries, then the
 * leftmost), each unless it crosses one already taken, and their ends cut the word: 梅河口市 → 梅|河口|市 (梅河口
 * spans 梅|河口), 本职工作 → 本职|工作. Characters no sub-word covers stay one part between their neighbours (二一一 →
 * 二|一一). A sub-word that crosses another (总工 across 工会 in 总工会) has no place in the graph and is left out.
 *
 * <p>The index stores positions but not position lengths, so this is also what keeps a phrase exact. A query keeps
 * no sub-words but leaves as many positions after a word as its parts, and the parts depend only on the word's text,
 * so a word takes as many positions in a query as in the index. A sub-word is kept
 * only where it spans as many parts as it would cut on its own (the sub-words taken always do): then the token a
 * phrase expects right after any word starts where that word ends, and 之 一一 终 does not match 之 二一一 终.
 */
final class SubWordGraph {

    private int wordStart;
    private int wordLength;
    private int[] subStarts = new int[16];
    private int[] subEnds = new int[16];
    private int[] frequencies = new int[16];
    private int subCount;
    /** The sub-words in the order they are taken: longest, most frequent, leftmost first. */
    private Integer[] order = new Integer[16];
    private boolean[] taken = new boolean[16];
    /** Whether an offset relative to the word's start is a boundary between the word's parts. */
    private final boolean[] boundary = new boolean[HanLPTokenizer.MAX_TOKEN_LENGTH + 1];
    /** The same for a sub-word cut on its own. */
    private final boolean[] ownBoundary = new boolean[HanLPTokenizer.MAX_TOKEN_LENGTH + 1];
    /** The part a boundary opens: how many boundaries lie before it. */
    private final int[] partAt = new int[HanLPTokenizer.MAX_TOKEN_LENGTH + 1];

    /** Starts over with the word text[start, end); its length is at most {@link HanLPTokenizer#MAX_TOKEN_LENGTH}. */
    void reset(int start, int end) {
        wordStart = start;
        wordLength = end - start;
        subCount = 0;
    }

    /**
     * Adds a sub-word text[start, end), inside the word and shorter than it, with its frequency in the dictionary;
     * the same one again is ignored.
     */
    void add(int start, int end, int frequency) {
        for (int k = 0; k < subCount; k++) {
            if (subStarts[k] == start - wordStart && subEnds[k] == end - wordStart) {
                return;
            }
        }
        if (subCount == subStarts.length) {
            subStarts = Arrays.copyOf(subStarts, subCount * 2);
            subEnds = Arrays.copyOf(subEnds, subCount * 2);
            frequencies = Arrays.copyOf(frequencies, subCount * 2);
            taken = new boolean[subCount * 2];
        }
        subStarts[subCount] = start - wordStart;
        subEnds[subCount] = end - wordStart;
        frequencies[subCount] = frequency;
        subCount++;
    }

    int size() {
        return subCount;
    }

    /** Cuts the word into parts; returns how many positions it spans. */
    int layOut() {
        if (order.length < subCount) {
            order = new Integer[subStarts.length];
        }
        for (int k = 0; k < subCount; k++) {
            order[k] = k;
        }
        Arrays.sort(order, 0, subCount, (a, b) -> length(a) != length(b) ? length(b) - length(a)
                : frequencies[a] != frequencies[b] ? Integer.compare(frequencies[b], frequencies[a])
                : subStarts[a] - subStarts[b]);
        int parts = cut(0, wordLength, boundary);
        int part = -1;
        for (int offset = 0; offset <= wordLength; offset++) {
            if (boundary[offset]) {
                part++;
            }
            partAt[offset] = part;
        }
        return parts;
    }

    int start(int sub) {
        return wordStart + subStarts[sub];
    }

    int end(int sub) {
        return wordStart + subEnds[sub];
    }

    /** The sub-word's position relative to the word's, once laid out. */
    int position(int sub) {
        return partAt[subStarts[sub]];
    }

    /** How many positions the sub-word spans, once laid out. */
    int positionLength(int sub) {
        return partAt[subEnds[sub]] - partAt[subStarts[sub]];
    }

    /**
     * Whether the sub-word has a place in the laid out graph: it starts and ends between parts and spans as many of
     * them as it would cut on its own.
     */
    boolean kept(int sub) {
        if (!boundary[subStarts[sub]] || !boundary[subEnds[sub]]) {
            return false;
        }
        return cut(subStarts[sub], subEnds[sub], ownBoundary) == positionLength(sub);
    }

    /**
     * Marks the boundaries of the parts of [from, to) — the ends of the sub-words inside it (shorter than it) taken
     * in order unless they cross one taken before — and returns how many parts there are.
     */
    private int cut(int from, int to, boolean[] marks) {
        Arrays.fill(marks, from, to + 1, false);
        marks[from] = true;
        marks[to] = true;
        Arrays.fill(taken, 0, subCount, false);
        for (int i = 0; i < subCount; i++) {
            int k = order[i];
            if (subStarts[k] >= from && subEnds[k] <= to && length(k) < to - from && !crossesTaken(k)) {
                taken[k] = true;
                marks[subStarts[k]] = true;
                marks[subEnds[k]] = true;
            }
        }
        int parts = 0;
        for (int offset = from + 1; offset <= to; offset++) {
            if (marks[offset]) {
                parts++;
            }
        }
        return parts;
    }

    private boolean crossesTaken(int k) {
        for (int t = 0; t < subCount; t++) {
            if (taken[t] && (subStarts[t] < subStarts[k] && subStarts[k] < subEnds[t] && subEnds[t] < subEnds[k]
                    || subStarts[k] < subStarts[t] && subStarts[t] < subEnds[k] && subEnds[k] < subEnds[t])) {
                return true;
            }
        }
        return false;
    }

    private int length(int k) {
        return subEnds[k] - subStarts[k];
    }
}
