package fanwen.check;

import java.util.ArrayList;
import java.util.List;

import fanwen.fingerprint.NormalizedText;

/**
 * Cuts a draft into the sentences that are looked up: sentences, ended by 。！？；!?; … or a line break. A
 * sentence longer than {@value #MAX_UNIT} chars is cut further after a comma, colon or enumeration comma
 * once it holds {@value #TARGET_UNIT}, so that a sentence copied in part is still found. A sentence with
 * fewer than {@value #MIN_KEPT} letters or digits (a heading like 一、总体要求, an item like （1）包村带户。)
 * joins the next one (the last, the one before), so that it is judged with its context rather than alone.
 */
final class DraftSplitter {

    /** A sentence this short could never count as copied ({@link SentenceMatcher#MIN_COPIED}): it joins the next. */
    static final int MIN_KEPT = SentenceMatcher.MIN_COPIED;
    static final int TARGET_UNIT = 40;
    static final int MAX_UNIT = 60;

    private DraftSplitter() {
    }

    /** The sentences of {@code draft}, in order; {@code kept} is the draft's normalised form. */
    static List<DraftSentence> split(String draft, NormalizedText kept) {
        List<DraftSentence> sentences = new ArrayList<>();
        int start = 0;
        int keptIndex = 0;
        for (int i = 0; i < draft.length(); i++) {
            char c = draft.charAt(i);
            boolean sentenceEnd = isSentenceEnd(c);
            boolean clauseEnd = isClauseEnd(c) && i + 1 - start >= TARGET_UNIT && longSentenceAhead(draft, start);
            if (sentenceEnd || clauseEnd || i == draft.length() - 1) {
                DraftSentence sentence = sentence(start, i + 1, kept, keptIndex);
                keptIndex = sentence.keptTo();
                if (sentence.keptLength() > 0) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        return joinShort(sentences);
    }

    private static List<DraftSentence> joinShort(List<DraftSentence> split) {
        List<DraftSentence> sentences = new ArrayList<>();
        DraftSentence pending = null;
        for (DraftSentence s : split) {
            DraftSentence sentence = pending == null ? s : join(pending, s);
            if (sentence.keptLength() < MIN_KEPT) {
                pending = sentence;
            } else {
                sentences.add(sentence);
                pending = null;
            }
        }
        if (pending != null) {
            if (sentences.isEmpty()) {
                sentences.add(pending);
            } else {
                sentences.set(sentences.size() - 1, join(sentences.get(sentences.size() - 1), pending));
            }
        }
        return sentences;
    }

    private static DraftSentence join(DraftSentence first, DraftSentence second) {
        return new DraftSentence(first.start(), second.end(), first.keptFrom(), second.keptTo());
    }

    /** The sentence {@code [start, end)}, its kept chars found from {@code keptIndex} on. */
    private static DraftSentence sentence(int start, int end, NormalizedText kept, int keptIndex) {
        int from = keptIndex;
        while (from < kept.length() && kept.originalStart(from) < start) {
            from++;
        }
        int to = from;
        while (to < kept.length() && kept.originalStart(to) < end) {
            to++;
        }
        return new DraftSentence(start, end, from, to);
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
