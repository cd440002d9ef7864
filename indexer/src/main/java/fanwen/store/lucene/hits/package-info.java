/**
 * What a search of the embedded store found, made readable: hits with their snippets marked at the exact matched
 * words, facet counts, a document's full view.
 *
 * <p>May import the store's index classes, its ranking and the model; nothing of query building or above the
 * store.
 */
package fanwen.store.lucene.hits;
