/**
 * Similar documents and passages: candidates the store hands out (items matching the distinctive words, other
 * versions with the same title, items sharing signature bands), near duplicates confirmed on their text, scored
 * into one similarity and ordered.
 *
 * <p>May import the store interface, fingerprint and the model; never Lucene or a store implementation; must not
 * import check, ingest, the engine or the server.
 */
package fanwen.similar;
