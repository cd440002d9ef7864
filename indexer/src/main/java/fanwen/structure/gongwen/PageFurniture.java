package fanwen.structure.gongwen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Takes what a printed page adds to a document's text out of it: the page numbers (GB/T 9704-2012 §7.5: {@code — 3 —},
 * a 4-号 Arabic number between two dashes; also {@code - 3 -}, {@code 第 3 页}, {@code 第3页 共5页}) and running
 * headers (a short line repeated at the top of pages). A running header is a line of 2–40 characters, without
 * sentence punctuation at its end, that occurs at least twice, once where a page begins: right after a printed
 * page number, or as the first line of a text that has pages (laid out in pages, or with page numbers). Every
 * occurrence of it is removed. It cannot see a running header printed
 * only once (a .docx keeps its header apart from its text), and it never removes a line of the body that merely
 * repeats, unless that line also begins a page; a line right above a date (a signature, 署名) is never one.
 *
 * <p>The result keeps every other character where it was relative to its neighbours; {@link Stripped#removed()}
 * lists the ranges of the input that were taken out (whole lines with their line break), in order, so an offset
 * into the stripped text can be mapped back.
 */
public final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－─﹣]+\\s*\\d{1,4}\\s*[-—–－─﹣]+|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；：，:;,]$");
    private static final int MAX_HEADER_CHARS = 40;

    private PageFurniture() {
    }

    /** The text without page numbers and running headers, and what was removed. */
    public record Stripped(String text, List<TextRange> removed) {

        /** Maps an offset into the stripped text back to the input. */
        public int originalOffset(int offset) {
            int shifted = offset;
            for (TextRange range : removed) {
                if (range.start() <= shifted) {
                    shifted += range.length();
                } else {
                    break;
                }
            }
            return shifted;
        }
    }

    private record Line(int start, int end, String text) {
    }

    /** {@link #strip(String, boolean)} of a text not laid out in pages. */
    public static Stripped strip(String text) {
        return strip(text, false);
    }

    /**
     * The text without its page numbers and running headers.
     *
     * @param paged whether the text was laid out in pages (PDF, OFD): its first line then begins a page even when
     *              extraction took the page numbers out
     */
    public static Stripped strip(String text, boolean paged) {
        List<Line> lines = lines(text);
        boolean[] remove = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            remove[i] = PAGE_NUMBER.matcher(lines.get(i).text().strip()).matches();
        }
        Map<String, List<Integer>> occurrences = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text().strip();
            if (!remove[i] && line.length() >= 2 && line.length() <= MAX_HEADER_CHARS
                    && !SENTENCE_END.matcher(line).matches()) {
                occurrences.computeIfAbsent(line, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> all : occurrences.values()) {
            // revision R3 (after measuring): the line above a date is a signature (署名), which repeats the
            // 发文机关标志 of a letter (函); it neither counts as nor is removed as a running header
            List<Integer> where = all.stream().filter(i -> !aboveDate(lines, i)).toList();
            if (where.size() >= 2 && where.stream().anyMatch(i -> beginsPage(lines, remove, paged, i))) {
                where.forEach(i -> remove[i] = true);
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        List<TextRange> removed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (remove[i]) {
                removed.add(new TextRange(line.start(), line.end()));
            } else {
                out.append(text, line.start(), line.end());
            }
        }
        return new Stripped(out.toString(), List.copyOf(removed));
    }

    private static boolean aboveDate(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                return GongwenRecognizer.wholeDate(lines.get(i).text().replaceAll("[\\s\u3000]+", "")).isPresent();
            }
        }
        return false;
    }

    /**
     * The first non-blank line after a page number, or the first non-blank line of a text that has pages: one laid
     * out in pages, or with printed page numbers. Revision R6: a text without pages has no page to head, so a title
     * it repeats (a summary pasted twice, a compilation) is no running header.
     */
    private static boolean beginsPage(List<Line> lines, boolean[] removed, boolean paged, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).text().isBlank()) {
                return removed[i] && PAGE_NUMBER.matcher(lines.get(i).text().strip()).matches();
            }
        }
        return paged || lines.stream().anyMatch(line -> PAGE_NUMBER.matcher(line.text().strip()).matches());
    }

    /** Lines with their line break included in {@code end}. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(new Line(start, end, text.substring(start, newline < 0 ? end : newline)));
            start = end;
        }
        return lines;
    }
}
