package fanwen.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * The MinHash signatures of a document and of each of its passages, from one pass over the text: every
 * passage is signed over its own range, the text between passages (headings) over theirs, and the document
 * is the union of all of them.
 *
 * @param document  the whole text's signature
 * @param passages  one signature per passage range, in the order given
 */
public record DocumentSignatures(MinHashSignature document, List<MinHashSignature> passages) {

    /** A range {@code [start, end)} of the original text. */
    public record Range(int start, int end) {
    }

    /** Signs {@code text} and its passages, whose ranges are in order and do not overlap. */
    public static DocumentSignatures of(String text, List<Range> passages) {
        NormalizedText normalized = NormalizedText.of(text);
        List<MinHashSignature> parts = new ArrayList<>(passages.size() * 2 + 1);
        List<MinHashSignature> passageSignatures = new ArrayList<>(passages.size());
        int previousEnd = 0;
        for (Range passage : passages) {
            int from = keptIndexAtOrAfter(normalized, passage.start());
            int to = keptIndexAtOrAfter(normalized, passage.end());
            parts.add(MinHashSignature.of(normalized, previousEnd, from));
            MinHashSignature signature = MinHashSignature.of(normalized, from, to);
            passageSignatures.add(signature);
            parts.add(signature);
            previousEnd = to;
        }
        parts.add(MinHashSignature.of(normalized, previousEnd, normalized.length()));
        return new DocumentSignatures(MinHashSignature.union(parts), passageSignatures);
    }

    /** The index of the first kept char that starts at or after {@code offset} of the original text. */
    private static int keptIndexAtOrAfter(NormalizedText text, int offset) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (text.originalStart(mid) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
