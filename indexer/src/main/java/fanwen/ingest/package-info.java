/**
 * The pipeline that fills a library: files found under paths, each hashed, extracted, structured, analysed and
 * written with its original, duplicates recognised, metadata edits applied; re-indexing one document; rebuilding
 * an index of an older release.
 *
 * <p>May import extraction, structure, the index and the model; must not import search, similar, check, the engine or
 * the server.
 */
package fanwen.ingest;
