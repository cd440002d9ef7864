package fanwen.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fanwen.fingerprint.NormalizedText;

/**
 * Decides whether a draft unit was taken from a passage, verbatim or nearly, and where.
 *
 * <p>The unit's {@value SourcePassage#GRAM}-char grams are looked up in the passage. The matching region of
 * the passage is the window of at most about twice the unit's length holding the most distinct matching
 * grams (so clauses may be reordered inside it, while a gram matching somewhere else does not count). The
 * unit counts as copied when the grams of that window cover at least {@value #MIN_COVERAGE} of its kept
 * chars and at least {@value #MIN_COPIED} of them: a changed character or two, other punctuation, reordered
 * clauses still match; a stock phrase shared by an otherwise new sentence does not.
 */
final class UnitMatcher {

    static final double MIN_COVERAGE = 0.5;
    static final int MIN_COPIED = 10;

    private UnitMatcher() {
    }

    /**
     * For each gram matched in the window {@code occurrences[from..to]}, the one source position taken for it
     * (-1 if unmatched): the occurrence nearest the median position of the window, so that a gram repeated
     * nearby (挂职单位 in the sentence before) does not stretch the source range.
     */
    private static int[] chooseOnePositionPerGram(List<long[]> occurrences, int from, int to, int grams) {
        long[] positions = new long[to - from + 1];
        for (int i = from; i <= to; i++) {
            positions[i - from] = occurrences.get(i)[0];
        }
        long median = positions[positions.length / 2]; // occurrences are sorted by position
        int[] chosen = new int[grams];
        Arrays.fill(chosen, -1);
        for (int i = from; i <= to; i++) {
            int position = (int) occurrences.get(i)[0];
            int gram = (int) occurrences.get(i)[1];
            if (chosen[gram] < 0 || Math.abs(position - median) < Math.abs(chosen[gram] - median)) {
                chosen[gram] = position;
            }
        }
        return chosen;
    }

    static Optional<UnitHit> match(int unitIndex, DraftUnit unit, NormalizedText draft, SourcePassage passage) {
        int grams = unit.keptLength() - SourcePassage.GRAM + 1;
        if (grams <= 0) {
            return Optional.empty();
        }
        List<long[]> occurrences = new ArrayList<>(); // {source position, gram index}
        for (int g = 0; g < grams; g++) {
            int[] positions = passage.positionsOf(draft.shingleHash(unit.keptFrom() + g, SourcePassage.GRAM));
            if (positions != null) {
                for (int p : positions) {
                    occurrences.add(new long[]{p, g});
                }
            }
        }
        if (occurrences.isEmpty()) {
            return Optional.empty();
        }
        occurrences.sort((a, b) -> Long.compare(a[0], b[0]));
        int width = 2 * unit.keptLength() + 8;
        int[] inWindow = new int[grams];
        int distinct = 0;
        int bestDistinct = 0;
        int bestFrom = 0;
        int bestTo = 0;
        for (int from = 0, to = 0; to < occurrences.size(); to++) {
            if (inWindow[(int) occurrences.get(to)[1]]++ == 0) {
                distinct++;
            }
            while (occurrences.get(to)[0] - occurrences.get(from)[0] > width) {
                if (--inWindow[(int) occurrences.get(from)[1]] == 0) {
                    distinct--;
                }
                from++;
            }
            if (distinct > bestDistinct) {
                bestDistinct = distinct;
                bestFrom = from;
                bestTo = to;
            }
        }
        int[] chosen = chooseOnePositionPerGram(occurrences, bestFrom, bestTo, grams);
        boolean[] covered = new boolean[unit.keptLength()];
        int sourceFrom = Integer.MAX_VALUE;
        int sourceTo = 0;
        for (int gram = 0; gram < grams; gram++) {
            if (chosen[gram] >= 0) {
                Arrays.fill(covered, gram, gram + SourcePassage.GRAM, true);
                sourceFrom = Math.min(sourceFrom, chosen[gram]);
                sourceTo = Math.max(sourceTo, chosen[gram] + SourcePassage.GRAM);
            }
        }
        int count = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < covered.length; i++) {
            if (covered[i]) {
                count++;
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (count < MIN_COPIED || count < MIN_COVERAGE * unit.keptLength()) {
            return Optional.empty();
        }
        return Optional.of(new UnitHit(unitIndex, passage, unit.keptFrom() + first, unit.keptFrom() + last + 1,
                count, sourceFrom, sourceTo));
    }
}
