package fanwen.model;

/**
 * One token of an analysed text.
 *
 * @param term     the token as indexed or searched (folded)
 * @param start    char offset of its first character in the text
 * @param end      char offset after its last character
 * @param position its position: a word with sub-words takes one per part, a sub-word stands at its first part's
 * @param type     its kind, e.g. {@code <WORD>}
 */
public record Token(String term, int start, int end, int position, String type) {
}
