/**
 * The engine's one port: {@link fanwen.engine.Engine} opens a data folder and offers a verb for every read and
 * write of the product; {@link fanwen.engine.Analysis} the analysis verb without a library. Here the stages are
 * wired together over a store: the embedded {@link fanwen.store.lucene.LuceneStore} or, for a library on a cluster,
 * {@link fanwen.store.opensearch.OpenSearchStore} is opened here, and only here above the store is an implementation
 * named.
 *
 * <p>The only package the CLI and the server use, with the model; it imports every stage, and no stage imports it.
 */
package fanwen.engine;
