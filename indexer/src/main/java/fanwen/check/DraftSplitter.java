package fanwen.check;

import java.util.ArrayList;
import java.util.List;

import fanwen.fingerprint.NormalizedText;

/**
 * Cuts a draft into the units that are looked up: sentences, ended by 。！？；!?; … or a line break. A
 * sentence longer than {@value #MAX_UNIT} chars is cut further after a comma, colon or enumeration comma
 * once it holds {@value #TARGET_UNIT}, so that a sentence copied in part is still found. A sentence with
 * fewer than {@value #MIN_KEPT} letters or digits (a heading like 一、总体要求, an item like （1）包村带户。)
 * joins the next one (the last, the one before), so that it is judged with its context rather than alone.
 */
final class DraftSplitter {

    /** A unit this short could never count as copied ({@link UnitMatcher#MIN_COPIED}): it joins the next. */
    static final int MIN_KEPT = UnitMatcher.MIN_COPIED;
    static final int TARGET_UNIT = 40;
    static final int MAX_UNIT = 60;

    private DraftSplitter() {
    }

    /** The units of {@code draft}, in order; {@code kept} is the draft's normalised form. */
    static List<DraftUnit> split(String draft, NormalizedText kept) {
        List<DraftUnit> sentences = new ArrayList<>();
        int start = 0;
        int keptIndex = 0;
        for (int i = 0; i < draft.length(); i++) {
            char c = draft.charAt(i);
            boolean sentenceEnd = isSentenceEnd(c);
            boolean clauseEnd = isClauseEnd(c) && i + 1 - start >= TARGET_UNIT && longSentenceAhead(draft, start);
            if (sentenceEnd || clauseEnd || i == draft.length() - 1) {
                DraftUnit sentence = unit(start, i + 1, kept, keptIndex);
                keptIndex = sentence.keptTo();
                if (sentence.keptLength() > 0) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        return joinShort(sentences);
    }

    private static List<DraftUnit> joinShort(List<DraftUnit> sentences) {
        List<DraftUnit> units = new ArrayList<>();
        DraftUnit pending = null;
        for (DraftUnit s : sentences) {
            DraftUnit unit = pending == null ? s : join(pending, s);
            if (unit.keptLength() < MIN_KEPT) {
                pending = unit;
            } else {
                units.add(unit);
                pending = null;
            }
        }
        if (pending != null) {
            if (units.isEmpty()) {
                units.add(pending);
            } else {
                units.set(units.size() - 1, join(units.get(units.size() - 1), pending));
            }
        }
        return units;
    }

    private static DraftUnit join(DraftUnit first, DraftUnit second) {
        return new DraftUnit(first.start(), second.end(), first.keptFrom(), second.keptTo());
    }

    /** The unit {@code [start, end)}, its kept chars found from {@code keptIndex} on. */
    private static DraftUnit unit(int start, int end, NormalizedText kept, int keptIndex) {
        int from = keptIndex;
        while (from < kept.length() && kept.originalStart(from) < start) {
            from++;
        }
        int to = from;
        while (to < kept.length() && kept.originalStart(to) < end) {
            to++;
        }
        return new DraftUnit(start, end, from, to);
    }

    /** Whether the sentence begun at {@code start} runs on past {@value #MAX_UNIT} chars. */
    private static boolean longSentenceAhead(String draft, int start) {
        int limit = Math.min(draft.length(), start + MAX_UNIT);
        for (int i = start; i < limit; i++) {
            if (isSentenceEnd(draft.charAt(i))) {
                return false;
            }
        }
        return limit < draft.length();
    }

    private static boolean isSentenceEnd(char c) {
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';', '…', '\n', '\r' -> true;
            default -> false;
        };
    }

    private static boolean isClauseEnd(char c) {
        return switch (c) {
            case '，', ',', '：', ':', '、' -> true;
            default -> false;
        };
    }
}
