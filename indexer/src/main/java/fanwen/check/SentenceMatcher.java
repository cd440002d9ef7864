package fanwen.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fanwen.fingerprint.NormalizedText;

/**
 * Decides whether a draft sentence was taken from a passage, verbatim or nearly, and where.
 *
 * <p>The sentence's {@value SourcePassage#GRAM}-char grams are looked up in the passage. The matching region of
 * the passage is the window of at most about twice the sentence's length holding the most distinct matching
 * grams (so clauses may be reordered inside it, while a gram matching somewhere else does not count). The
 * sentence counts as copied when the grams of that window cover at least {@value #MIN_COVERAGE} of its kept
 * chars and at least {@value #MIN_COPIED} of them (the usual 查重 rule of thirteen characters): a changed
 * phrase, other punctuation, reordered clauses still match; a stock phrase in an otherwise new sentence, or
 * a sentence rewritten in a third of its words, does not. (Measured in {@code bench/run.sh duplicates}:
 * coverage 0.5 → 0.7 raised span precision from 0.72 to 0.79 for a recall of 0.95 → 0.93.)
 */
final class SentenceMatcher {

    static final double MIN_COVERAGE = 0.7;
    static final int MIN_COPIED = 13;

    /** A matching gram: where it is in the passage, and which gram of the sentence it is. */
    private record Occurrence(int sourcePosition, int gram) {
    }

    private SentenceMatcher() {
    }

    static Optional<SentenceHit> match(int sentenceIndex, DraftSentence sentence, NormalizedText draft, SourcePassage passage) {
        int grams = sentence.keptLength() - SourcePassage.GRAM + 1;
        if (grams <= 0) {
            return Optional.empty();
        }
        List<Occurrence> occurrences = occurrences(sentence, draft, passage, grams);
        if (occurrences.isEmpty()) {
            return Optional.empty();
        }
        int[] window = densestWindow(occurrences, grams, 2 * sentence.keptLength() + 8);
        int[] chosen = onePositionPerGram(occurrences.subList(window[0], window[1] + 1), grams);
        return hit(sentenceIndex, sentence, passage, chosen);
    }

    /** Every occurrence in the passage of every gram of the sentence, in passage order. */
    private static List<Occurrence> occurrences(DraftSentence sentence, NormalizedText draft, SourcePassage passage,
                                                int grams) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int g = 0; g < grams; g++) {
            int[] positions = passage.positionsOf(draft.shingleHash(sentence.keptFrom() + g, SourcePassage.GRAM));
            if (positions != null) {
                for (int p : positions) {
                    occurrences.add(new Occurrence(p, g));
                }
            }
        }
        occurrences.sort((a, b) -> Integer.compare(a.sourcePosition(), b.sourcePosition()));
        return occurrences;
    }

    /** {from, to} (inclusive) of the run of occurrences spanning at most {@code width} with most distinct grams. */
    private static int[] densestWindow(List<Occurrence> occurrences, int grams, int width) {
        int[] inWindow = new int[grams];
        int distinct = 0;
        int[] best = {0, 0};
        int bestDistinct = 0;
        for (int from = 0, to = 0; to < occurrences.size(); to++) {
            if (inWindow[occurrences.get(to).gram()]++ == 0) {
                distinct++;
            }
            while (occurrences.get(to).sourcePosition() - occurrences.get(from).sourcePosition() > width) {
                if (--inWindow[occurrences.get(from).gram()] == 0) {
                    distinct--;
                }
                from++;
            }
            if (distinct > bestDistinct) {
                bestDistinct = distinct;
                best = new int[]{from, to};
            }
        }
        return best;
    }

    /**
     * For each gram of the window the one source position taken for it (-1 if absent), following the copy:
     * each gram takes the occurrence whose shift (source position − gram index) is nearest its predecessor's,
     * starting from the most common shift. A gram repeated nearby (挂职单位 in the sentence before) thus does
     * not stretch the source range, while a swapped clause (a new shift) is still followed.
     */
    private static int[] onePositionPerGram(List<Occurrence> window, int grams) {
        List<List<Integer>> positions = new ArrayList<>(grams);
        for (int g = 0; g < grams; g++) {
            positions.add(new ArrayList<>(2));
        }
        Map<Integer, Integer> shifts = new HashMap<>();
        for (Occurrence o : window) {
            positions.get(o.gram()).add(o.sourcePosition());
            shifts.merge(o.sourcePosition() - o.gram(), 1, Integer::sum);
        }
        int shift = shifts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int[] chosen = new int[grams];
        Arrays.fill(chosen, -1);
        for (int g = 0; g < grams; g++) {
            int best = Integer.MAX_VALUE;
            for (int position : positions.get(g)) {
                if (Math.abs(position - g - shift) < Math.abs(best - g - shift) || best == Integer.MAX_VALUE) {
                    best = position;
                }
            }
            if (best != Integer.MAX_VALUE) {
                chosen[g] = best;
                shift = best - g;
            }
        }
        return chosen;
    }

    /** The hit the chosen grams make, if they cover enough of the sentence. */
    private static Optional<SentenceHit> hit(int sentenceIndex, DraftSentence sentence, SourcePassage passage, int[] chosen) {
        boolean[] covered = new boolean[sentence.keptLength()];
        int sourceFrom = Integer.MAX_VALUE;
        int sourceTo = 0;
        for (int gram = 0; gram < chosen.length; gram++) {
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
                first = first < 0 ? i : first;
            }
        }
        if (count < MIN_COPIED || count < MIN_COVERAGE * sentence.keptLength()) {
            return Optional.empty();
        }
        return Optional.of(new SentenceHit(sentenceIndex, passage, sentence.keptFrom() + first, sentence.keptFrom() + last + 1,
                count, sourceFrom, sourceTo));
    }
}
