package fanwen.bench.duplicates;

import java.util.ArrayList;
import java.util.List;

import fanwen.fingerprint.NormalizedText;

/** Cuts a text into sentences (ended by 。！？； or a line break), keeping those with enough letters. */
final class Sentences {

    /** Sentences with fewer letters and digits than this (headings, numbering) are left out. */
    static final int MIN_KEPT = 8;

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || i == text.length() - 1) {
                String sentence = text.substring(start, i + 1).strip();
                if (NormalizedText.of(sentence).length() >= MIN_KEPT) {
                    out.add(sentence.endsWith("\n") ? sentence.strip() : sentence);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The letters and digits of {@code text}, folded: what the duplicate check compares. */
    static String kept(String text) {
        return NormalizedText.of(text).toString();
    }
}
