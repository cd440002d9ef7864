package fanwen.store.lucene.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

import fanwen.store.lucene.Schema;

/**
 * BM25 for ranking documents, in which a body shorter than the average document counts as long as the
 * average one. Documents and passages share the word field, so BM25's average length is about a passage's:
 * normalised against it, a document's score follows the density of the query's words, and a one-page
 * resolution that mentions a subject twice outranks the reports that treat it at length. Below the average
 * document length a density says little (a short text names many subjects once), so short documents are
 * scored by how often they use the words, as if of average length. Title fields keep plain BM25.
 *
 * <p>Bigrams are kept in two fields, the documents' ({@link Schema#DOC_BIGRAM}) and the passages'
 * ({@link Schema#BODY_BIGRAM}); the documents' is scored with the statistics of the two together, as if one field
 * held both like the words. One instance serves one searcher: it reads the passages' statistics from it.
 */
public final class DocumentSimilarity extends Similarity {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    /** The documents' bigram field, with the passages', which holds the same text. */
    private static final Map<String, String> BIGRAM_FIELDS = Map.of(Schema.DOC_BIGRAM, Schema.BODY_BIGRAM);
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    private final BM25Similarity bm25 = new BM25Similarity(K1, B);
    private final IndexReader reader;
    private final long documents;

    /** The similarity for searches over {@code reader}. */
    public DocumentSimilarity(IndexReader reader) throws IOException {
        this.reader = reader;
        this.documents = Math.max(1, reader.docFreq(new Term(Schema.KIND, Schema.KIND_DOCUMENT)));
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        String field = collection.field();
        String otherLevel = BIGRAM_FIELDS.get(field);
        if (!field.equals(Schema.BODY) && otherLevel == null) {
            return bm25.scorer(boost, collection, terms);
        }
        long texts = collection.docCount();
        long tokens = collection.sumTotalTermFreq();
        long[] docFreqs = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            docFreqs[i] = terms[i].docFreq();
        }
        if (otherLevel != null) {
            try {
                texts += reader.getDocCount(otherLevel);
                tokens += reader.getSumTotalTermFreq(otherLevel);
                for (int i = 0; i < terms.length; i++) {
                    docFreqs[i] += reader.docFreq(new Term(otherLevel, terms[i].term()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return densityScorer(boost, texts, tokens, docFreqs);
    }

    private SimScorer densityScorer(float boost, long texts, long tokens, long[] docFreqs) {
        double idf = 0;
        for (long docFreq : docFreqs) {
            idf += Math.log(1 + (texts - docFreq + 0.5) / (docFreq + 0.5));
        }
        float weight = (float) (boost * idf);
        float averageLength = tokens / (float) texts;
        // documents and passages hold the same text: the documents hold about half of the tokens
        float averageDocument = tokens / 2f / documents;
        float[] inverseNorms = new float[256];
        for (int i = 0; i < 256; i++) {
            float length = Math.max(LENGTH_TABLE[i], averageDocument);
            inverseNorms[i] = 1f / (K1 * ((1 - B) + B * length / averageLength));
        }
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return weight - weight / (1f + freq * inverseNorms[((byte) norm) & 0xFF]);
            }
        };
    }
}
