/**
 * The duplicate check (查重) of a draft: cut into sentences, the passages that may hold each asked of the store
 * (its rarest character bigrams), matched by overlapping grams, credited to one source, merged into spans.
 *
 * <p>May import the store interface, fingerprint and the model; never Lucene or a store implementation; must not
 * import suggest, similar, ingest, the engine or the server.
 */
package fanwen.check;
