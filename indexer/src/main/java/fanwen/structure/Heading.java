package fanwen.structure;

/**
 * One heading of a document's outline.
 *
 * @param level         1 for the outermost level found in this document, 2 below it, and so on
 * @param text          the heading's {@link HeadingLine#text() text}, e.g. 三、把握机遇
 * @param start         inclusive char offset of the heading in the document text
 * @param end           exclusive char offset of the heading in the document text
 * @param firstPassage  ordinal of the first passage under this heading, or -1 if none
 */
public record Heading(int level, String text, int start, int end, int firstPassage) {
}
