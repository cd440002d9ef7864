package fanwen.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fanwen.model.Snippet;

/**
 * Cuts the snippet of a text around its densest matches, once the matched ranges are known — however a store found
 * them (the embedded index from its postings, a cluster from its highlighter). Pure text logic, the same for every
 * store, so that a hit looks the same whichever store answered.
 */
public final class SnippetWindow {

    /** Target length of a snippet, in chars. */
    public static final int SNIPPET_LENGTH = 120;
    /** How far before the first match a snippet may start, to show some context. */
    private static final int LEAD = 24;

    private SnippetWindow() {
    }

    /**
     * The snippet of {@code text} around its densest matches — the window holding the most, the earliest of
     * equals — or the start of the text if nothing matched. {@code matches} are sorted and do not overlap.
     */
    public static Snippet around(String text, List<Snippet.Range> matches) {
        if (matches.isEmpty()) {
            int end = safeEnd(text, Math.min(text.length(), SNIPPET_LENGTH));
            return new Snippet(text.substring(0, end), 0, end, List.of());
        }
        int bestStart = 0;
        int bestEnd = 0;
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int start = windowStart(text, matches.get(i).start());
            int end = safeEnd(text, Math.min(text.length(), start + SNIPPET_LENGTH));
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j).end() <= end; j++) {
                count++;
            }
            if (count > bestCount) {
                bestStart = start;
                bestEnd = end;
                bestCount = count;
            }
        }
        int from = bestStart;
        int to = bestEnd;
        List<Snippet.Range> inside = matches.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
        return new Snippet(text.substring(from, to), from, to, inside);
    }

    /** {@code ranges} sorted, the overlapping or touching ones merged into one. */
    public static List<Snippet.Range> merge(List<Snippet.Range> ranges) {
        List<Snippet.Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Snippet.Range::start).thenComparingInt(Snippet.Range::end));
        List<Snippet.Range> merged = new ArrayList<>(sorted.size());
        for (Snippet.Range r : sorted) {
            if (!merged.isEmpty() && r.start() <= merged.getLast().end()) {
                Snippet.Range last = merged.removeLast();
                merged.add(new Snippet.Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** A start a little before {@code matchStart}, at a sentence or line start when one is near. */
    private static int windowStart(String text, int matchStart) {
        int floor = Math.max(0, matchStart - LEAD);
        for (int i = matchStart - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '；') {
                return skipSpace(text, i + 1, matchStart);
            }
        }
        return Character.isLowSurrogate(text.charAt(floor)) && floor > 0 ? floor - 1 : floor;
    }

    private static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code end}, moved back if it would split a surrogate pair. */
    private static int safeEnd(String text, int end) {
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            return end - 1;
        }
        return end;
    }
}
