package fanwen.structure;

import java.util.List;

/**
 * A searchable unit of a document: the text under one heading (or one part of a long section), with the
 * chain of headings above it. {@code start}/{@code end} are char offsets into the document text; the
 * passage text is {@code text.substring(start, end)} and excludes the headings of its path.
 *
 * @param ordinal     0-based position of the passage within its document
 * @param headingPath the headings from the outermost down, e.g. [三、把握机遇, 1、珍惜下派挂职的机会]; empty before the first heading
 * @param start       inclusive char offset in the document text
 * @param end         exclusive char offset in the document text
 */
public record Passage(int ordinal, List<String> headingPath, int start, int end) {
    public Passage {
        headingPath = List.copyOf(headingPath);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad passage range " + start + ".." + end);
        }
    }
}
