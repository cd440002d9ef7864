package fanwen.model;

import java.util.List;

/**
 * A short stretch of a text around matches, with the matches marked. All offsets are char offsets into
 * the full text the snippet belongs to — the document's text for a document hit, the passage's for a
 * passage hit — so a client can locate them.
 *
 * @param text    the snippet text, {@code fullText.substring(start, end)}
 * @param start   inclusive offset of the snippet in the full text
 * @param end     exclusive offset of the snippet in the full text
 * @param matches matched ranges, sorted, non-overlapping, inside [start, end)
 */
public record Snippet(String text, int start, int end, List<Range> matches) {

    public Snippet {
        matches = List.copyOf(matches);
    }

    /** A [start, end) range of chars in the full text. */
    public record Range(int start, int end) {
    }

    /** This snippet {@code offset} chars further on: a snippet of a passage placed in its document's text. */
    public Snippet shift(int offset) {
        return new Snippet(text, start + offset, end + offset,
                matches.stream().map(m -> new Range(m.start() + offset, m.end() + offset)).toList());
    }

    /** The snippet as HTML: everything escaped, matches wrapped in {@code <mark>…</mark>}. */
    public String html() {
        return render("<mark>", "</mark>", true);
    }

    /** The snippet with matches wrapped in the given markers and nothing escaped (for terminals). */
    public String marked(String open, String close) {
        return render(open, close, false);
    }

    private String render(String open, String close, boolean escape) {
        StringBuilder out = new StringBuilder(text.length() + matches.size() * 13);
        int at = start;
        for (Range m : matches) {
            append(out, at, m.start(), escape);
            out.append(open);
            append(out, m.start(), m.end(), escape);
            out.append(close);
            at = m.end();
        }
        append(out, at, end, escape);
        return out.toString();
    }

    private void append(StringBuilder out, int from, int to, boolean escape) {
        String part = text.substring(from - start, to - start);
        out.append(escape ? Html.escape(part) : part);
    }
}
