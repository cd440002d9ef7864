/**
 * Near-duplicate signatures: text normalised for comparison, five-character shingles, MinHash signatures and their
 * LSH bands.
 *
 * <p>Imports the analysis module's folding only; nothing of the index, search or later stages.
 */
package fanwen.fingerprint;
