/**
 * How Fanwen scores documents, for both places that rank them: the embedded index ({@code fanwen.store.lucene}) and
 * an OpenSearch cluster, through the analysis-hanlp plugin. {@link fanwen.analysis.scoring.DocumentSimilarity} is
 * BM25 in which a document shorter than the average counts as the average one, over statistics that count a text's
 * documents and passages together, wherever the two levels keep them.
 *
 * <p>Lives in the analysis module because that module is what both build against (the plugin compiles it against the
 * Lucene OpenSearch bundles). Imports only Lucene; nothing of {@code fanwen}, no field name of either store — each
 * store says which of its fields are scored this way.
 */
package fanwen.analysis.scoring;
