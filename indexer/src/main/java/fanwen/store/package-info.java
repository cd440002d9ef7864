/**
 * The store: what the engine needs from an index, as one interface ({@link fanwen.store.LibraryStore}) and the
 * value records it speaks — write and delete a document with its passages atomically, read one back, search with
 * the engine's query model ({@code fanwen.query}), and hand out candidates (signature bands, distinctive words,
 * character bigrams, titles and key phrases) that the engine's own rules in {@code similar}, {@code check} and
 * {@code suggest} judge.
 *
 * <p>Implementations live in subpackages ({@code lucene}: the embedded index). This package imports only the
 * model, the query model and what is indexed ({@code index}, {@code fingerprint}); never Lucene, never an
 * implementation, never a later stage.
 */
package fanwen.store;
