package fanwen.analysis.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 for ranking documents, in which a body shorter than the average document counts as long as the average one.
 * A library keeps each text twice, as one document and as its passages, and its word statistics count both levels
 * together, so BM25's average length is about a passage's: normalised against it, a document's score follows the
 * density of the query's words, and a one-page resolution that mentions a subject twice outranks the reports that
 * treat it at length. Below the average document length a density says little (a short text names many subjects
 * once), so short documents are scored by how often they use the words, as if of average length. Other fields keep
 * plain BM25.
 *
 * <p>Each store says which of its fields are scored so ({@code densityFields}) and, for a field that holds the
 * documents' text only, which field holds the same text in the passages ({@code passageFields}): the statistics of
 * the two are added, as if one field held both. (The embedded index keeps documents' and passages' words in one field,
 * its bigrams in two; a cluster keeps nested passages in fields of their own.) One instance serves one reader.
 */
public final class DocumentSimilarity extends Similarity {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    private final BM25Similarity bm25 = new BM25Similarity(K1, B);
    private final IndexReader reader;
    private final long documents;
    private final Set<String> densityFields;
    private final Map<String, String> passageFields;

    /**
     * The similarity for searches over {@code reader}, which holds {@code documents} documents (besides their
     * passages).
     *
     * @param densityFields the fields scored by density, the others by plain BM25
     * @param passageFields of a density field holding the documents' text only, the field holding the passages'
     */
    public DocumentSimilarity(IndexReader reader, long documents, Set<String> densityFields,
                              Map<String, String> passageFields) {
        if (!densityFields.containsAll(passageFields.keySet())) {
            throw new IllegalArgumentException("passage fields " + passageFields + " of fields not scored by density "
                    + densityFields);
        }
        this.reader = reader;
        this.documents = Math.max(1, documents);
        this.densityFields = Set.copyOf(densityFields);
        this.passageFields = Map.copyOf(passageFields);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        String field = collection.field();
        if (!densityFields.contains(field)) {
            return bm25.scorer(boost, collection, terms);
        }
        long texts = collection.docCount();
        long tokens = collection.sumTotalTermFreq();
        long[] docFreqs = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            docFreqs[i] = terms[i].docFreq();
        }
        String passages = passageFields.get(field);
        if (passages != null) {
            try {
                texts += reader.getDocCount(passages);
                tokens += reader.getSumTotalTermFreq(passages);
                for (int i = 0; i < terms.length; i++) {
                    docFreqs[i] += reader.docFreq(new Term(passages, terms[i].term()));
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
