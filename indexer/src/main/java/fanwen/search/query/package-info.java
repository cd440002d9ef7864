/**
 * What a query means: the query syntax users type, the Lucene query built from it (words, sub-words, bigrams,
 * phrases, synonyms, abbreviations, proximity, title weight, filters).
 *
 * <p>May import the index, the analysis module and the model; nothing of the rest of search, or of later stages.
 */
package fanwen.search.query;
