package fanwen.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts a document into passages along its heading ladder.
 *
 * <p>The text between two headings becomes one or more passages carrying the path of headings above it.
 * A heading directly followed by another heading yields no passage. A long section is cut at paragraph
 * boundaries into parts of about {@value #TARGET} chars, never more than {@value #MAX} (a part shorter
 * than {@value #MIN} chars takes the next paragraph if the two fit in {@value #MAX}). A paragraph longer
 * than {@value #MAX} is cut at sentence ends; a sentence longer than that, after the last space or
 * punctuation within {@value #SOFT_CUT_WINDOW} chars of the limit, else at the limit but never inside a
 * surrogate pair. Text before the first heading is a passage with an empty path.
 *
 * <p>Ranges are exact offsets into the text and trimmed of whitespace; passages are in order, do not
 * overlap, and with the headings cover every non-blank char. Stateless and thread-safe.
 */
public final class PassageSplitter {
    static final int MIN = 300;
    static final int TARGET = 1200;
    static final int MAX = 1500;
    static final int SOFT_CUT_WINDOW = 200;

    /** The outline and passages of a document. */
    public record Layout(List<Heading> outline, List<Passage> passages) {
    }

    /** Splits {@code text} whose headings (in document order) are {@code headings}. */
    public Layout split(String text, List<HeadingLine> headings) {
        List<Passage> passages = new ArrayList<>();
        Deque<HeadingLine> path = new ArrayDeque<>();
        int bodyStart = 0;
        for (HeadingLine heading : headings) {
            addSection(text, bodyStart, heading.start(), pathOf(path), passages);
            while (!path.isEmpty() && path.peekLast().level() >= heading.level()) {
                path.removeLast();
            }
            path.addLast(heading);
            bodyStart = heading.end();
        }
        addSection(text, bodyStart, text.length(), pathOf(path), passages);
        return new Layout(outline(headings, passages, text.length()), passages);
    }

    private static List<String> pathOf(Deque<HeadingLine> path) {
        return path.stream().map(HeadingLine::text).toList();
    }

    private static void addSection(String text, int from, int to, List<String> path, List<Passage> out) {
        Lines.Line part = null;
        for (Lines.Line paragraph : Lines.nonBlank(text, from, to)) {
            if (paragraph.length() > MAX) {
                emit(text, part, path, out);
                part = null;
                for (Lines.Line piece : sentencePieces(text, paragraph)) {
                    emit(text, piece, path, out);
                }
            } else if (part == null) {
                part = paragraph;
            } else if (fits(part.length(), paragraph.end() - part.start())) {
                part = new Lines.Line(part.start(), paragraph.end());
            } else {
                emit(text, part, path, out);
                part = paragraph;
            }
        }
        emit(text, part, path, out);
    }

    /** Whether a part of {@code current} chars may grow to {@code combined} chars. */
    private static boolean fits(int current, int combined) {
        return combined <= TARGET || (current < MIN && combined <= MAX);
    }

    /** A long paragraph cut after sentence ends into pieces of about TARGET chars (a softer cut at MAX if needed). */
    private static List<Lines.Line> sentencePieces(String text, Lines.Line paragraph) {
        List<Lines.Line> pieces = new ArrayList<>();
        int pieceStart = paragraph.start();
        int lastSentenceEnd = -1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (Lines.SENTENCE_OR_SEMICOLON_END.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                if (end < paragraph.end() && (text.charAt(end) == '”' || text.charAt(end) == '’')) {
                    end++;
                }
                if (end - pieceStart > TARGET && lastSentenceEnd > pieceStart) {
                    pieces.add(new Lines.Line(pieceStart, lastSentenceEnd));
                    pieceStart = lastSentenceEnd;
                }
                lastSentenceEnd = end;
            }
            if (i + 1 - pieceStart >= MAX && i + 1 < paragraph.end()) {
                int cut = lastSentenceEnd > pieceStart ? lastSentenceEnd : cutWithoutSentenceEnd(text, pieceStart, i + 1);
                pieces.add(new Lines.Line(pieceStart, cut));
                pieceStart = cut;
            }
        }
        if (pieceStart < paragraph.end()) {
            pieces.add(new Lines.Line(pieceStart, paragraph.end()));
        }
        return pieces.stream().map(p -> Lines.trim(text, p.start(), p.end())).filter(p -> p != null).toList();
    }

    /**
     * Where to cut {@code text[from, limit)}, which has no sentence end: at the last space or punctuation
     * within {@value #SOFT_CUT_WINDOW} chars of the limit (before an opening bracket or quote, after any
     * other), so that no word is split; without one, at the limit or one char before, never between the
     * halves of a surrogate pair.
     */
    private static int cutWithoutSentenceEnd(String text, int from, int limit) {
        for (int i = limit - 1; i > from && i >= limit - SOFT_CUT_WINDOW; i--) {
            int type = Character.getType(text.charAt(i));
            if (type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION) {
                return i;
            }
            if (isPunctuation(type) || isSeparator(type) || Lines.isSpace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean isPunctuation(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isSeparator(int type) {
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static void emit(String text, Lines.Line part, List<String> path, List<Passage> out) {
        if (part != null) {
            out.add(new Passage(out.size(), path, part.start(), part.end()));
        }
    }

    /** Headings with the ordinal of the first passage inside their scope (before the next heading as high). */
    private static List<Heading> outline(List<HeadingLine> headings, List<Passage> passages, int textLength) {
        List<Heading> outline = new ArrayList<>(headings.size());
        int p = 0;
        for (int i = 0; i < headings.size(); i++) {
            HeadingLine h = headings.get(i);
            int scopeEnd = textLength;
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= h.level()) {
                    scopeEnd = headings.get(j).start();
                    break;
                }
            }
            while (p < passages.size() && passages.get(p).start() < h.end()) {
                p++;
            }
            int first = p < passages.size() && passages.get(p).start() < scopeEnd ? p : -1;
            outline.add(new Heading(h.level(), h.text(), h.start(), h.end(), first));
        }
        return outline;
    }
}
