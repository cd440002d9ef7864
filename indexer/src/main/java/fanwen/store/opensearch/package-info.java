/**
 * The store on an OpenSearch 3.x cluster with the analysis-hanlp plugin ({@link
 * fanwen.store.opensearch.OpenSearchStore}): its indexes and their checks, the JSON a document is kept as, the
 * searches as requests of the query DSL and their answers read back, the connection through the official Java client.
 *
 * <p>A store implementation: only the engine and the backup may name it. It imports the store's interface and
 * records, what is indexed ({@code index}, {@code fingerprint}, {@code structure}), the query model and the model,
 * the synonyms of {@code fanwen.analysis}, the OpenSearch client, Jackson and Lucene's analysis API (to cut bigrams and
 * segment query words as the plugin does); never the rest of Lucene, never the embedded store, never a later stage.
 * Searches are translated into the query DSL here, with the embedded store's rules (see {@link
 * fanwen.store.opensearch.QueryTranslator}); text logic both stores need lives outside both ({@code
 * fanwen.store.SnippetWindow}, {@code fanwen.query}).
 */
package fanwen.store.opensearch;
