/**
 * Similar documents and passages: more-like-this candidates, other versions (same title), near duplicates from
 * signature bands confirmed on their text, scored into one similarity.
 *
 * <p>May import the index, fingerprint, the model and the search hits; must not import check, ingest, the engine or
 * the server.
 */
package fanwen.similar;
