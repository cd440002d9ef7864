/**
 * The embedded Lucene store: the schema (every field name and how it is indexed, in {@link fanwen.index.Schema}),
 * the analysis chains of its fields ({@link fanwen.index.Analyzers}), the block of a document and its passages,
 * the writer and searchers of a data folder's index with its schema version, the originals store.
 *
 * <p>May import the model, the analysis module, structure and fingerprint (what a block is built from); must not
 * import ingest, search, similar, check, the engine or the server.
 */
package fanwen.index;
