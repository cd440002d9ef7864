package fanwen.model;

/**
 * One token of an analysed text.
 *
 * @param term     the token as indexed or searched (folded)
 * @param start    char offset of its first character in the text
 * @param end      char offset after its last character
 * @param position its position (stacked sub-words share their word's)
 * @param type     its kind, e.g. {@code <WORD>}
 */
public record Token(String term, int start, int end, int position, String type) {
}
