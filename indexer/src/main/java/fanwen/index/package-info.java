/**
 * What is indexed, before any store sees it: the {@link fanwen.index.IndexableDocument} of a file, its text
 * segmented once ({@link fanwen.index.AnalyzedDocument}), the analysis chains of every text field and of queries
 * ({@link fanwen.index.Analyzers}, on Lucene's analysis API), content hashes, the 公文 elements as JSON, and the
 * originals store.
 *
 * <p>May import the model, the analysis module, structure and fingerprint; of Lucene only its analysis API
 * ({@code org.apache.lucene.analysis}); must not import the store, ingest, search, similar, check, the engine or the
 * server.
 */
package fanwen.index;
