/**
 * The pipeline that fills a library: files found under paths, each hashed, extracted, structured, analysed and
 * written to the store with its original, duplicates recognised, metadata edits applied; re-indexing one document;
 * rebuilding a store of an older release beside it.
 *
 * <p>May import extraction, structure, what is indexed, the store interface and the model; never Lucene beyond
 * analysis or a store implementation; must not import suggest, similar, check, the engine or the server.
 */
package fanwen.ingest;
