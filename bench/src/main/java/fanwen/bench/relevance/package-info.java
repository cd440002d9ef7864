/**
 * The relevance benchmark: Fanwen and stock Lucene analyzers over the query sets of bench/queries/.
 *
 * <p>A client of the engine.
 */
package fanwen.bench.relevance;
