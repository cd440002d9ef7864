/**
 * The embedded store: {@link fanwen.store.lucene.LuceneStore} over one Lucene index in the data folder — the
 * schema (every field name and how it is indexed, {@link fanwen.store.lucene.Schema}), the block of a document and
 * its passages, the writer and searchers with the schema version, and the candidates of similar items, near
 * duplicates, the duplicate check and suggestions read straight from the index.
 *
 * <p>The only place where Lucene beyond its analysis API is used (with its subpackages). May import the store
 * interface, the query model, what is indexed, structure, fingerprint and the model; must not import ingest,
 * suggest, similar, check, the engine or the server.
 */
package fanwen.store.lucene;
