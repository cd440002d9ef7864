package fanwen.similar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fanwen.model.DocumentHit;
import fanwen.model.PassageHit;
import fanwen.model.SimilarDocument;
import fanwen.model.SimilarPassage;
import fanwen.store.ItemKind;
import fanwen.store.ItemSource;
import fanwen.store.LibraryStore;
import fanwen.store.ScoredId;
import fanwen.store.Topical;

/**
 * Finds the documents (or passages) most like a given one.
 *
 * <p><b>Candidates</b> come from three places: the items matching the source's most distinctive words
 * ({@link LibraryStore#topical}), its near duplicates ({@link NearDuplicateFinder}; a passage's are found among the
 * other candidates, each compared on its text), and — for documents — its other versions: documents with the same
 * title (a law in two dated versions, this year's and last year's 政府工作报告).
 *
 * <p><b>Similarity</b> of a candidate is the larger of two measures in [0, 1]: how strongly it matches the source's
 * distinctive words relative to the source itself, and how much of the wording the two share (the resemblance of
 * their shingles, computed for near duplicates, versions and passages). <b>Order</b>: versions and near duplicates
 * first, then by similarity. {@code nearDuplicate} is set from the resemblance alone (≥
 * {@value NearDuplicateFinder#THRESHOLD}): a text on the same subject in other words is similar, not a near
 * duplicate.
 */
public final class SimilarFinder {

    /** Most other versions looked at. */
    private static final int MAX_VERSIONS = 20;

    private final LibraryStore store;
    private final NearDuplicateFinder nearDuplicates;

    public SimilarFinder(LibraryStore store) {
        this.store = store;
        this.nearDuplicates = new NearDuplicateFinder(store);
    }

    /** Up to {@code size} documents most like document {@code id}; empty if there is no such document. */
    public Optional<List<SimilarDocument>> similarDocuments(String id, int size) throws IOException {
        Optional<Found> found = similar(ItemKind.DOCUMENT, id, size);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> ranked = found.get().ranked();
        List<DocumentHit> documents = store.documentHits(scored(ranked), found.get().topical());
        List<SimilarDocument> hits = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Candidate c = ranked.get(i);
            hits.add(new SimilarDocument(documents.get(i), c.similarity(), c.nearDuplicate));
        }
        return Optional.of(hits);
    }

    /** Up to {@code size} passages most like passage {@code passageId}; empty if there is no such passage. */
    public Optional<List<SimilarPassage>> similarPassages(String passageId, int size) throws IOException {
        Optional<Found> found = similar(ItemKind.PASSAGE, passageId, size);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> ranked = found.get().ranked();
        List<PassageHit> passages = store.passageHits(scored(ranked), found.get().topical());
        List<SimilarPassage> hits = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Candidate c = ranked.get(i);
            hits.add(new SimilarPassage(passages.get(i), c.similarity(), c.nearDuplicate));
        }
        return Optional.of(hits);
    }

    /** The near duplicates of document {@code id}, most resembling first; empty if there is no such document. */
    public Optional<List<NearDuplicateFinder.NearDuplicate>> nearDuplicates(String id) throws IOException {
        Optional<ItemSource> source = store.source(ItemKind.DOCUMENT, id);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(nearDuplicates.find(ItemKind.DOCUMENT, id, new SourceText(source.get().text()),
                source.get().signature()));
    }

    /** One candidate: what is known of it so far. */
    private static final class Candidate {
        final String id;
        double topical;
        double resemblance;
        boolean nearDuplicate;
        boolean version;

        Candidate(String id) {
            this.id = id;
        }

        double similarity() {
            return Math.max(topical, resemblance);
        }

        boolean first() {
            return version || nearDuplicate;
        }
    }

    private record Found(List<Candidate> ranked, Topical topical) {
    }

    private static List<ScoredId> scored(List<Candidate> ranked) {
        return ranked.stream().map(c -> new ScoredId(c.id, c.similarity())).toList();
    }

    /** The source's similar items of the same kind, or empty if there is no item {@code id} of that kind. */
    private Optional<Found> similar(ItemKind kind, String id, int size) throws IOException {
        Optional<ItemSource> found = store.source(kind, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ItemSource source = found.get();
        SourceText text = new SourceText(source.text());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        if (kind == ItemKind.DOCUMENT) {
            for (NearDuplicateFinder.NearDuplicate near : nearDuplicates.find(kind, id, text, source.signature())) {
                Candidate c = candidates.computeIfAbsent(near.id(), Candidate::new);
                c.resemblance = near.resemblance();
                c.nearDuplicate = true;
            }
        }
        if (kind == ItemKind.DOCUMENT && source.title().isPresent()) {
            for (String version : store.sameTitle(source.title().get(), id, MAX_VERSIONS)) {
                Candidate c = candidates.computeIfAbsent(version, Candidate::new);
                c.version = true;
                if (!c.nearDuplicate) {
                    c.resemblance = nearDuplicates.resemblance(kind, text, version);
                }
            }
        }
        Topical topical = store.topical(kind, id, source.text(), size, Set.copyOf(candidates.keySet()));
        topical.scores().keySet().forEach(other -> candidates.computeIfAbsent(other, Candidate::new));
        for (Candidate c : candidates.values()) {
            c.topical = topical.of(c.id);
            if (kind == ItemKind.PASSAGE) { // short: each candidate's wording is compared, no bands needed
                c.resemblance = nearDuplicates.resemblance(kind, text, c.id);
                c.nearDuplicate = c.resemblance >= NearDuplicateFinder.THRESHOLD;
            }
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparing(Candidate::first).thenComparingDouble(Candidate::similarity).reversed());
        return Optional.of(new Found(ranked.subList(0, Math.min(size, ranked.size())), topical));
    }
}
