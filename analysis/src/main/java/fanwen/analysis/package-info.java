/**
 * Chinese analysis for Lucene: the HanLP tokenizer with exact offsets and a consistent token graph (a word over
 * the sub-words inside it), folding (full/half width, case, traditional to simplified), the domain and user
 * dictionaries, stop words, synonyms, the analyzers that wire them, and character bigrams.
 *
 * <p>Imports only Lucene and HanLP: the same classes build into the OpenSearch plugin and must compile against the
 * Lucene that OpenSearch bundles; nothing of {@code fanwen} outside this package.
 */
package fanwen.analysis;
