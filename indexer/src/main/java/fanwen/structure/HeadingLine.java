package fanwen.structure;

import fanwen.headings.HeadingKind;

/**
 * A heading found by {@link HeadingDetector}: its kind, its level in this document's ladder and its exact
 * range in the text. The range covers the heading as written, with the punctuation that closes its
 * lead-in (。 or ：, or the ， after 一是…); the text is trimmed and without Markdown hashes or that closing
 * punctuation.
 *
 * @param kind  how the heading is written
 * @param level 1 for the kind seen first in the document, 2 for the next, and so on
 * @param text  the heading for display and heading paths, e.g. （一）立足基层学习，积累了一定的基层工作经验
 * @param start inclusive char offset in the document text
 * @param end   exclusive char offset in the document text
 */
public record HeadingLine(HeadingKind kind, int level, String text, int start, int end) {
}
