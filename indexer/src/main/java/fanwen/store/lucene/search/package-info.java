/**
 * Searches in the embedded store: {@link fanwen.store.lucene.search.QueryBuilder} turns the engine's query model
 * into a Lucene query (words, sub-words, bigrams, phrases, synonyms, abbreviations, proximity, title weight,
 * filters, a 文号 in any bracket style); {@link fanwen.store.lucene.search.Searcher} collects one page with facet
 * counts, widening a narrow query of several words; the ranking beyond BM25 (document scores that do not favour
 * short documents, more of the query's words first, the passages that best explain a document's rank).
 *
 * <p>May import the store's index classes and hits, the query model, the index's analysis chains, the document scoring
 * both stores share ({@code fanwen.analysis.scoring}) and the model;
 * nothing above the store.
 */
package fanwen.store.lucene.search;
