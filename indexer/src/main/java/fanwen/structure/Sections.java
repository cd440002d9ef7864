package fanwen.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole sections of a document: for each heading with sub-headings below it (四、保障措施 over （一）加强组织领导,
 * （二）…; a law's 第八章 over its articles), the text from the end of the heading line to the end of its scope —
 * where the next heading as high or higher starts, or the end of the text.
 *
 * <p>Such a heading has no passage of its own, or only the lead-in before its first sub-heading; its section is
 * what a writer asking for that kind of section wants. Sections overlap the passages and each other (a section
 * holds its sub-sections); they are searched beside the passages, found through their own heading, and carry the
 * path of headings down to and with their own. A leaf heading's section is its passages, so it has none here.
 * Stateless.
 */
public final class Sections {

    private Sections() {
    }

    /**
     * The sections of a document whose headings, in document order, are {@code outline}, over {@code text}; their
     * ordinals follow {@code firstOrdinal} in heading order (so they do not collide with the passages' ordinals).
     */
    public static List<Passage> of(List<Heading> outline, String text, int firstOrdinal) {
        List<Passage> sections = new ArrayList<>();
        List<Heading> path = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            Heading heading = outline.get(i);
            while (!path.isEmpty() && path.getLast().level() >= heading.level()) {
                path.removeLast();
            }
            path.add(heading);
            boolean hasSubHeadings = i + 1 < outline.size() && outline.get(i + 1).level() > heading.level();
            if (!hasSubHeadings) {
                continue;
            }
            int scopeEnd = text.length();
            for (int j = i + 1; j < outline.size(); j++) {
                if (outline.get(j).level() <= heading.level()) {
                    scopeEnd = outline.get(j).start();
                    break;
                }
            }
            Lines.Line range = Lines.trim(text, heading.end(), scopeEnd);
            if (range != null) {
                sections.add(new Passage(firstOrdinal + sections.size(), path.stream().map(Heading::text).toList(),
                        range.start(), range.end()));
            }
        }
        return sections;
    }
}
