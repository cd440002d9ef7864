package fanwen.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import fanwen.fingerprint.NormalizedText;
import fanwen.store.StoredPassage;

/**
 * A library passage looked at by a check: where it is, its normalised text, and where each
 * {@value #GRAM}-char gram of that text occurs, for matching draft sentences against it.
 *
 * @param start where the passage starts in its document's text (source offsets are document offsets)
 */
record SourcePassage(String docId, String passageId, String title, String source, int start,
                     NormalizedText kept, Map<Long, int[]> gramPositions) {

    /** Chars per gram: long enough to be telling, short enough that one changed char hides few of them. */
    static final int GRAM = 4;

    static SourcePassage of(StoredPassage stored) {
        NormalizedText kept = NormalizedText.of(stored.text());
        Map<Long, int[]> positions = new HashMap<>();
        for (int i = 0; i + GRAM <= kept.length(); i++) {
            positions.merge(kept.shingleHash(i, GRAM), new int[]{i}, SourcePassage::append);
        }
        return new SourcePassage(stored.docId(), stored.id(), stored.docTitle(), stored.source(), stored.start(), kept,
                positions);
    }

    private static int[] append(int[] positions, int[] one) {
        int[] longer = Arrays.copyOf(positions, positions.length + 1);
        longer[positions.length] = one[0];
        return longer;
    }

    /** The positions of the gram hashing to {@code hash}, or null. */
    int[] positionsOf(long hash) {
        return gramPositions.get(hash);
    }
}
