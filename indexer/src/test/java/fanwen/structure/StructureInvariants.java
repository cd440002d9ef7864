package fanwen.structure;

import java.util.ArrayList;
import java.util.List;

/** Checks the promises a {@link StructuredDocument} makes about its text; returns the broken ones. */
final class StructureInvariants {
    private StructureInvariants() {
    }

    static List<String> violations(String text, StructuredDocument doc) {
        List<String> problems = new ArrayList<>();
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Passage p : doc.passages()) {
            String s = text.substring(p.start(), p.end());
            if (s.isBlank() || !s.equals(s.strip()) || Lines.isSpace(s.charAt(0)) || Lines.isSpace(s.charAt(s.length() - 1))) {
                problems.add("passage " + p.ordinal() + " is blank or not trimmed");
            }
            if (p.start() < previousEnd) {
                problems.add("passage " + p.ordinal() + " overlaps or is out of order");
            }
            if (p.end() - p.start() > PassageSplitter.MAX && !isOneSentence(s)) {
                problems.add("passage " + p.ordinal() + " has " + (p.end() - p.start()) + " chars");
            }
            previousEnd = p.end();
            mark(covered, p.start(), p.end());
        }
        for (Heading h : doc.outline()) {
            mark(covered, h.start(), h.end());
            if (h.firstPassage() >= 0 && doc.passages().get(h.firstPassage()).start() < h.end()) {
                problems.add("heading " + h.text() + " points at a passage before it");
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i] && !Lines.isSpace(text.charAt(i))) {
                problems.add("char " + i + " '" + text.charAt(i) + "' is in no passage or heading");
                break;
            }
        }
        return problems;
    }

    private static boolean isOneSentence(String s) {
        return s.chars().limit(s.length() - 1).noneMatch(c -> Lines.SENTENCE_OR_SEMICOLON_END.indexOf(c) >= 0);
    }

    private static void mark(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            covered[i] = true;
        }
    }
}
