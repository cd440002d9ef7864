package fanwen.model;

/**
 * How much of their own vocabulary users may give: the one place for these numbers (the API's description repeats
 * them for portals, and a test holds it to them).
 *
 * @param maxTerms         terms in the user dictionary
 * @param maxGroups        groups of synonyms
 * @param maxWordsPerGroup words in one group
 * @param minWordLength    characters of a term or a synonym, at least (one Han character is no term of its own)
 * @param maxWordLength    characters of a term or a synonym, at most (what a dictionary file takes)
 */
public record VocabularyLimits(int maxTerms, int maxGroups, int maxWordsPerGroup, int minWordLength,
                               int maxWordLength) {

    /** 10,000 terms, 2,000 groups of at most 20 words, every word 2 to 32 Han characters. */
    public static final VocabularyLimits DEFAULT = new VocabularyLimits(10_000, 2_000, 20, 2, 32);
}
