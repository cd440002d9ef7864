package fanwen.store.lucene.search;

import java.util.Set;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

import fanwen.store.lucene.Schema;

/**
 * BM25 for ranking documents, in which a body shorter than the average document counts as long as the
 * average one. Documents and passages share the body fields, so BM25's average length is about a passage's:
 * normalised against it, a document's score follows the density of the query's words, and a one-page
 * resolution that mentions a subject twice outranks the reports that treat it at length. Below the average
 * document length a density says little (a short text names many subjects once), so short documents are
 * scored by how often they use the words, as if of average length. Title fields and passages keep plain BM25.
 */
public final class DocumentSimilarity extends Similarity {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final Set<String> BODY_FIELDS = Set.of(Schema.BODY, Schema.BODY_BIGRAM);
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    private final BM25Similarity bm25 = new BM25Similarity(K1, B);
    private final long documents;

    /** @param documents the number of documents (not passages) in the index */
    public DocumentSimilarity(long documents) {
        this.documents = Math.max(1, documents);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        if (!BODY_FIELDS.contains(collection.field())) {
            return bm25.scorer(boost, collection, terms);
        }
        double idf = 0;
        for (TermStatistics term : terms) {
            idf += Math.log(1 + (collection.docCount() - term.docFreq() + 0.5) / (term.docFreq() + 0.5));
        }
        float weight = (float) (boost * idf);
        float averageLength = collection.sumTotalTermFreq() / (float) collection.docCount();
        // documents and passages hold the same text: the documents hold about half of the field's tokens
        float averageDocument = collection.sumTotalTermFreq() / 2f / documents;
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
