package fanwen.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import fanwen.headings.HeadingMarkers;

/**
 * Undoes the layout that a PDF imposes on Chinese text, so that a phrase broken across two lines is one
 * phrase again and can be found by a phrase query:
 * <ul>
 *   <li>a line break (with or without blank lines between) is removed when the previous line is a full
 *       line (at least 85% as wide as the document's typical full line, counting a Han character as two
 *       columns), does not end with sentence-final punctuation (。！？：；), the next line does not start
 *       with a heading marker (一、 （一） 1. 1、 （1） 第X章 …), and at least one side of the break is a CJK
 *       character or CJK punctuation, the other being CJK, a digit or a Latin letter. A short line — a
 *       title, the end of a paragraph — therefore keeps its break. The markers are the structure stage's
 *       own ({@link HeadingMarkers}), so that a line it would read as a heading is never glued onto the
 *       line before;</li>
 *   <li>lines that hold only a page number ({@code - 3 -}, {@code — 3 —}, {@code 第 3 页}) are removed;</li>
 *   <li>a soft hyphen (U+00AD), which PDF fonts use for the visible hyphen glyph, becomes {@code -};</li>
 *   <li>the single space that PDF text extraction inserts between a Han character and a digit or Latin
 *       letter ({@code 2019年 1月}) is removed.</li>
 * </ul>
 * The input is expected to use {@code \n} line breaks only (see {@link TextCleaner}).
 */
final class PdfLineJoiner {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－─]+\\s*\\d{1,4}\\s*[-—–－─]+|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?");
    private static final Pattern SPACE_BETWEEN_HAN_AND_ASCII = Pattern.compile(
            "(?<=\\p{IsHan}) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=\\p{IsHan})");
    /**
     * Where a line break is always kept: sentence ends, and ： ； which at a line end close a lead-in or a
     * list item. A rule of its own, not the structure stage's sentence ends, so it stays here rather than
     * widen that stage's public surface; the heading markers are the one fact both stages must share.
     */
    private static final String SENTENCE_FINAL = "。！？：；!?:;";
    private static final double FULL_LINE_SHARE = 0.85;

    private PdfLineJoiner() {
    }

    static String join(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.replace('\u00AD', '-').split("\n", -1)));
        lines.removeIf(line -> PAGE_NUMBER.matcher(line.strip()).matches());
        int fullWidth = typicalFullWidth(lines);
        StringBuilder out = new StringBuilder(text.length());
        String previous = null;
        int pendingBreaks = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                pendingBreaks++;
                continue;
            }
            if (previous != null) {
                if (continues(previous, line, fullWidth)) {
                    stripTrailingSpace(out);
                    line = line.stripLeading();
                } else {
                    out.append("\n".repeat(pendingBreaks + 1));
                }
            }
            out.append(line);
            previous = line;
            pendingBreaks = 0;
        }
        return SPACE_BETWEEN_HAN_AND_ASCII.matcher(out).replaceAll("");
    }

    private static boolean continues(String previous, String next, int fullWidth) {
        String prev = previous.strip();
        String following = next.strip();
        int last = prev.codePointBefore(prev.length());
        int first = following.codePointAt(0);
        return SENTENCE_FINAL.indexOf(last) < 0
                && (isCjk(last) || isCjk(first))
                && (isCjk(last) || isAsciiAlnum(last))
                && (isCjk(first) || isAsciiAlnum(first))
                && width(prev) >= FULL_LINE_SHARE * fullWidth
                && !HeadingMarkers.startsWithMarker(following);
    }

    /** The width of the widest lines, leaving out the widest tenth as outliers. */
    private static int typicalFullWidth(List<String> lines) {
        int[] widths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> width(l.strip())).sorted().toArray();
        return widths.length == 0 ? 0 : widths[(int) Math.floor(0.9 * (widths.length - 1))];
    }

    /** Columns the line takes: two for a CJK character or full-width form, one for anything else. */
    static int width(String line) {
        return line.codePoints().map(cp -> isCjk(cp) ? 2 : 1).sum();
    }

    static boolean isCjk(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || "“”‘’…—·".indexOf(cp) >= 0;
    }

    private static boolean isAsciiAlnum(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp);
    }

    private static void stripTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }
}
