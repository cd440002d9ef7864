package fanwen.check;

/**
 * A draft unit found in a library passage.
 *
 * @param unit         index of the unit in the draft
 * @param passage      where it was found
 * @param keptFrom     first kept char of the draft that is covered (index into the draft's normalised text)
 * @param keptTo       one past the last covered kept char of the draft
 * @param covered      how many of the unit's kept chars the matching grams cover
 * @param sourceFrom   first kept char of the matching region of the passage (normalised passage text)
 * @param sourceTo     one past its last kept char
 */
record UnitHit(int unit, SourcePassage passage, int keptFrom, int keptTo, int covered, int sourceFrom,
               int sourceTo) {
}
