package fanwen.fingerprint;

import java.util.Arrays;

/**
 * The distinct shingles of a normalised text — every run of {@value #LENGTH} consecutive kept chars — as
 * sorted 64-bit hashes, and the exact resemblance (Jaccard index) of two such sets. A text shorter than a
 * shingle counts as one shingle of its whole length; an empty text has none.
 */
public final class Shingles {

    /** Chars per shingle: long enough that unrelated texts of this genre rarely share one by chance. */
    public static final int LENGTH = 5;

    private final long[] hashes;

    private Shingles(long[] hashes) {
        this.hashes = hashes;
    }

    /** The shingles of the whole of {@code text}. */
    public static Shingles of(NormalizedText text) {
        return of(text, 0, text.length());
    }

    /** The shingles lying wholly within the kept chars {@code [from, to)} of {@code text}. */
    public static Shingles of(NormalizedText text, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return new Shingles(new long[0]);
        }
        if (n < LENGTH) {
            return new Shingles(new long[]{text.shingleHash(from, n)});
        }
        long[] all = new long[n - LENGTH + 1];
        for (int i = 0; i < all.length; i++) {
            all[i] = text.shingleHash(from + i, LENGTH);
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return new Shingles(Arrays.copyOf(all, distinct));
    }

    /** How many distinct shingles. */
    public int size() {
        return hashes.length;
    }

    long hashAt(int i) {
        return hashes[i];
    }

    /** |A ∩ B| / |A ∪ B|: 1 for the same wording, 0 for nothing in common (also when either is empty). */
    public double resemblance(Shingles other) {
        long[] a = hashes;
        long[] b = other.hashes;
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
