/**
 * How hits are ordered beyond BM25: document scores that do not favour short documents, the passages that best
 * explain a document's rank, more of the query's words first in a widened list.
 *
 * <p>May import the index; nothing of the other search packages, or of later stages.
 */
package fanwen.search.ranking;
