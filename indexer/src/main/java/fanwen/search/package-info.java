/**
 * Searches over documents and passages: {@link fanwen.search.Searcher} parses the query, builds it, collects one
 * page with facet counts (widening a narrow query of several words) and makes the hits.
 *
 * <p>May import the index and the model; must not import similar, check, ingest, the engine or the server.
 */
package fanwen.search;
