package fanwen.structure;

import java.util.ArrayList;
import java.util.List;

/** Line and whitespace helpers shared by the structure stages; offsets always index the original text. */
final class Lines {
    /** Punctuation that ends a sentence: 。！？ and their ASCII forms. */
    static final String SENTENCE_END = "。！？!?";
    /** Sentence ends and semicolons: where a long text may be cut between whole clauses. */
    static final String SENTENCE_OR_SEMICOLON_END = SENTENCE_END + "；;";
    /** What a line of running text may end with and a title or heading does not: sentence and clause punctuation. */
    static final String RUNNING_TEXT_END = SENTENCE_OR_SEMICOLON_END + "，、：:,";

    private Lines() {
    }

    /** A non-blank line, trimmed: {@code text.substring(start, end)} has no surrounding whitespace. */
    record Line(int start, int end) {
        int length() {
            return end - start;
        }

        String of(String text) {
            return text.substring(start, end);
        }
    }

    /**
     * Whitespace including the ideographic space U+3000, no-break spaces and the zero-width characters (U+200B–U+200D,
     * U+2060, U+FEFF) that PDFs and web pages leave — a line of a zero-width space alone is blank.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\ufeff'
                || c >= '\u200b' && c <= '\u200d' || c == '\u2060';
    }

    /** The non-blank lines of {@code text[from, to)}, each trimmed. */
    static List<Line> nonBlank(String text, int from, int to) {
        List<Line> lines = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n') {
                Line line = trim(text, lineStart, i);
                if (line != null) {
                    lines.add(line);
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }

    /** {@code [from, to)} without surrounding whitespace, or null if blank. */
    static Line trim(String text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? new Line(from, to) : null;
    }

    /** Count of CJK ideographs in {@code s}. */
    static int hanCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
