package fanwen.check;

/**
 * A draft sentence found in a library passage.
 *
 * @param sentence   index of the sentence in the draft
 * @param passage    where it was found
 * @param keptFrom   first kept char of the draft that is covered (index into the draft's normalised text)
 * @param keptTo     one past the last covered kept char of the draft
 * @param covered    how many of the sentence's kept chars the matching grams cover
 * @param sourceFrom first kept char of the matching region of the passage (normalised passage text)
 * @param sourceTo   one past its last kept char
 */
record SentenceHit(int sentence, SourcePassage passage, int keptFrom, int keptTo, int covered, int sourceFrom,
                   int sourceTo) {
}
