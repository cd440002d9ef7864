package fanwen.similar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fanwen.fingerprint.MinHashSignature;
import fanwen.fingerprint.NormalizedText;
import fanwen.fingerprint.Shingles;
import fanwen.store.BandCandidate;
import fanwen.store.ItemKind;
import fanwen.store.LibraryStore;

/**
 * Finds the near duplicates of a text among the stored documents or passages without scanning them: the items
 * sharing at least one LSH band of its MinHash signature are the candidates (most shared bands first), a
 * document's stored signature estimates its resemblance, and the likely ones — all passages, which are short —
 * are confirmed on their text (exact resemblance of the {@link Shingles}).
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
    public record NearDuplicate(String id, double resemblance) {
    }

    private final LibraryStore store;

    public NearDuplicateFinder(LibraryStore store) {
        this.store = store;
    }

    /**
     * The items of {@code kind} other than {@code excludeId} that are near duplicates of {@code text} (whose
     * signature is {@code signature}), most resembling first.
     */
    public List<NearDuplicate> find(ItemKind kind, String excludeId, SourceText text, MinHashSignature signature)
            throws IOException {
        List<NearDuplicate> found = new ArrayList<>();
        for (BandCandidate candidate : store.sharingBands(kind, excludeId, signature.bands(), MAX_CANDIDATES)) {
            if (candidate.signature().isPresent()
                    && signature.resemblance(candidate.signature().get()) < THRESHOLD - ESTIMATE_MARGIN) {
                continue; // a document that shares a band by chance: not worth reading its text
            }
            double resemblance = resemblance(kind, text, candidate.id());
            if (resemblance >= THRESHOLD) {
                found.add(new NearDuplicate(candidate.id(), resemblance));
            }
        }
        found.sort(Comparator.comparingDouble(NearDuplicate::resemblance).reversed());
        return found;
    }

    /** The exact resemblance of {@code text} and the stored text of item {@code id}. */
    double resemblance(ItemKind kind, SourceText text, String id) throws IOException {
        return text.shingles().resemblance(Shingles.of(NormalizedText.of(store.text(kind, id))));
    }
}
