package fanwen.fingerprint;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;


/**
 * A MinHash signature of a text's {@link Shingles}: for each of {@value #HASHES} hash functions, the
 * smallest value over the shingles. The share of positions where two signatures agree estimates the
 * resemblance of the two texts (standard error ≤ 0.045), and the signature is cut into {@value #BANDS}
 * bands of {@value #ROWS} rows for locality-sensitive hashing: two texts of resemblance 0.5 share at least
 * one band with probability 0.996 (0.4: 0.94; 0.1: 0.04), so an index of band terms finds near duplicates
 * without scanning the corpus.
 *
 * <p>The signature of a union of texts is the position-wise minimum of theirs ({@link #union}): a document's
 * signature is computed from its passages' ones. An empty text has the {@link #isEmpty empty} signature,
 * which has no bands and resembles nothing.
 */
public final class MinHashSignature {

    public static final int BANDS = 42;
    public static final int ROWS = 3;
    public static final int HASHES = BANDS * ROWS;
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] ADDENDS = new long[HASHES];

    static {
        SplittableRandom random = new SplittableRandom(0x46616E77656EL); // fixed: signatures are stored
        for (int i = 0; i < HASHES; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1;
            ADDENDS[i] = random.nextLong();
        }
    }

    private final int[] minima;

    private MinHashSignature(int[] minima) {
        this.minima = minima;
    }

    /** The signature of the kept chars {@code [from, to)} of {@code text}. */
    public static MinHashSignature of(NormalizedText text, int from, int to) {
        return of(Shingles.of(text, from, to));
    }

    /** The signature of a set of shingles. */
    public static MinHashSignature of(Shingles shingles) {
        if (shingles.size() == 0) {
            return empty();
        }
        int[] minima = new int[HASHES];
        Arrays.fill(minima, Integer.MAX_VALUE);
        for (int s = 0; s < shingles.size(); s++) {
            long x = shingles.hashAt(s);
            for (int i = 0; i < HASHES; i++) {
                int v = (int) ((x * MULTIPLIERS[i] + ADDENDS[i]) >>> 33); // multiply-shift, 31 bits
                if (v < minima[i]) {
                    minima[i] = v;
                }
            }
        }
        return new MinHashSignature(minima);
    }

    /** The signature of no text at all. */
    public static MinHashSignature empty() {
        return new MinHashSignature(null);
    }

    /** The signature of the union of the texts signed by {@code parts}. */
    public static MinHashSignature union(List<MinHashSignature> parts) {
        int[] minima = null;
        for (MinHashSignature part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (minima == null) {
                minima = part.minima.clone();
            } else {
                for (int i = 0; i < HASHES; i++) {
                    minima[i] = Math.min(minima[i], part.minima[i]);
                }
            }
        }
        return new MinHashSignature(minima);
    }

    /** True for the signature of an empty text. */
    public boolean isEmpty() {
        return minima == null;
    }

    /** The estimated resemblance of the two signed texts, in [0, 1]; 0 if either is empty. */
    public double resemblance(MinHashSignature other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minima[i] == other.minima[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The LSH band terms: one per band, its index and a hash of its rows; none for an empty signature. */
    public List<Band> bands() {
        if (isEmpty()) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = Mix.fmix64(h * 31 + minima[b * ROWS + r]);
            }
            bands.add(new Band(b, (int) h));
        }
        return bands;
    }

    /** The signature as bytes, for storing; {@link #fromBytes} reads it back. */
    public byte[] toBytes() {
        if (isEmpty()) {
            return new byte[0];
        }
        ByteBuffer out = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int m : minima) {
            out.putInt(m);
        }
        return out.array();
    }

    /** Reads a signature written by {@link #toBytes}. */
    public static MinHashSignature fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return empty();
        }
        if (bytes.length != HASHES * Integer.BYTES) {
            throw new IllegalArgumentException("not a signature: " + bytes.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int[] minima = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            minima[i] = in.getInt();
        }
        return new MinHashSignature(minima);
    }

    /**
     * One LSH band of a signature: its index and a hash of its rows. Two texts sharing a band are candidate near
     * duplicates; an index keeps a band as the term {@link #bytes()}.
     */
    public record Band(int index, int hash) {

        /** The band as an index term: its index in one byte, then its hash. */
        public byte[] bytes() {
            return ByteBuffer.allocate(5).put((byte) index).putInt(hash).array();
        }
    }
}
