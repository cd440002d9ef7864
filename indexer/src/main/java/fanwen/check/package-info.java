/**
 * The duplicate check (查重) of a draft: cut into sentences, each looked up through its rarest character bigrams
 * among the passages and matched by overlapping grams, credited to one source, merged into spans.
 *
 * <p>May import the index, fingerprint and the model; must not import search, similar, ingest, the engine or the
 * server.
 */
package fanwen.check;
