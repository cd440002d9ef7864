/**
 * What a search found, made readable: hits with their snippets marked at the exact matched words, facet counts, a
 * document's full view.
 *
 * <p>May import the index, the model and ranking; nothing of query building, suggestions or later stages.
 */
package fanwen.search.hits;
