package fanwen.similar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import fanwen.fingerprint.MinHashSignature;
import fanwen.fingerprint.NormalizedText;
import fanwen.fingerprint.Shingles;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;

/**
 * Finds the near duplicates of a text among the indexed documents or passages without scanning them: the
 * items sharing at least one LSH band of its MinHash signature are the candidates (most shared bands first),
 * a document's stored signature estimates its resemblance, and the likely ones — all passages, which are
 * short — are confirmed on their text (exact resemblance of the {@link Shingles}).
 *
 * <p><b>Near duplicate</b> means a resemblance of at least {@value #THRESHOLD}: half of all distinct
 * five-char shingles of the two texts together are shared (punctuation, spaces, width, case and
 * traditional/simplified forms ignored). A copy with 30 % of its sentences deleted still resembles its
 * source at 0.7; one with 30 % of its sentences replaced by another text's, at about 0.54; two unrelated
 * documents of this genre, below 0.1.
 */
public final class NearDuplicateFinder {

    /** Resemblance from which two texts are near duplicates. */
    public static final double THRESHOLD = 0.5;
    /** Candidates whose estimated resemblance is this far below the threshold are not confirmed on their text. */
    private static final double ESTIMATE_MARGIN = 0.15;
    /** Most candidates examined: the items sharing the most bands come first. */
    private static final int MAX_CANDIDATES = 200;

    /** An item at or above the threshold, with its exact resemblance to the source. */
    public record NearDuplicate(int doc, String id, double resemblance) {
    }

    private NearDuplicateFinder() {
    }

    /**
     * The items of {@code kind} other than {@code excludeId} that are near duplicates of {@code text} (whose
     * signature is {@code signature}), most resembling first.
     */
    public static List<NearDuplicate> find(IndexSearcher searcher, String kind, String excludeId, SourceText text,
                                           MinHashSignature signature) throws IOException {
        List<BytesRef> bands = signature.bands();
        if (bands.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder anyBand = new BooleanQuery.Builder();
        for (BytesRef band : bands) {
            anyBand.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.SIGNATURE_BAND, band))), Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(anyBand.build(), Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER);
        if (excludeId != null) {
            query.add(new TermQuery(new Term(Schema.ID, excludeId)), Occur.MUST_NOT);
        }
        List<NearDuplicate> found = new ArrayList<>();
        for (ScoreDoc candidate : searcher.search(query.build(), MAX_CANDIDATES).scoreDocs) {
            Document stored = StoredFieldLoader.load(searcher.storedFields(), candidate.doc,
                    Set.of(Schema.ID, Schema.SIGNATURE));
            BytesRef storedSignature = stored.getBinaryValue(Schema.SIGNATURE);
            if (storedSignature != null
                    && signature.resemblance(MinHashSignature.fromBytes(storedSignature)) < THRESHOLD - ESTIMATE_MARGIN) {
                continue; // a document that shares a band by chance: not worth reading its text
            }
            double resemblance = text.shingles().resemblance(shinglesOf(searcher, candidate.doc));
            if (resemblance >= THRESHOLD) {
                found.add(new NearDuplicate(candidate.doc, stored.get(Schema.ID), resemblance));
            }
        }
        found.sort(Comparator.comparingDouble(NearDuplicate::resemblance).reversed());
        return found;
    }

    /** The exact resemblance of {@code text} and the stored body of Lucene document {@code doc}. */
    static double resemblance(IndexSearcher searcher, SourceText text, int doc) throws IOException {
        return text.shingles().resemblance(shinglesOf(searcher, doc));
    }

    private static Shingles shinglesOf(IndexSearcher searcher, int doc) throws IOException {
        String body = StoredFieldLoader.load(searcher.storedFields(), doc, Set.of(Schema.BODY)).get(Schema.BODY);
        return Shingles.of(NormalizedText.of(body == null ? "" : body));
    }
}
