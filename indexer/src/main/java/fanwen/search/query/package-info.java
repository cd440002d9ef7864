/**
 * What a query means: the query syntax users type, the Lucene query built from it (words, sub-words, bigrams,
 * phrases, synonyms, abbreviations, proximity, title weight, filters, a 文号 in any bracket style).
 *
 * <p>May import the index, the analysis module, the model and the 文号 rules ({@code fanwen.structure.gongwen});
 * nothing of the rest of search, or of later stages.
 */
package fanwen.search.query;
