package fanwen.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import fanwen.fingerprint.NormalizedText;
import fanwen.model.CheckMatch;
import fanwen.model.CheckReport;
import fanwen.model.CopiedSpan;
import fanwen.store.LibraryStore;
import fanwen.store.StoredPassage;

/**
 * The duplicate check (查重) of a draft against the library.
 *
 * <p>The draft is cut into sentences ({@link DraftSplitter}); for each, the passages that may contain it are
 * looked up through the store's character bigrams ({@link LibraryStore#bigramCandidates}) and matched
 * ({@link SentenceMatcher}); each
 * copied sentence is credited to one source — the passage covering most of it, and on a tie (the same text
 * in two versions of a law) the document the draft copies most from overall — and neighbouring copied
 * sentences of one passage merge into one span. Ratios count letters and digits only (punctuation and
 * spaces are neither copied nor original).
 */
public final class DraftChecker {

    /** Candidate passages looked at per sentence. */
    static final int CANDIDATES_PER_SENTENCE = 5;

    private final LibraryStore store;

    public DraftChecker(LibraryStore store) {
        this.store = store;
    }

    /**
     * Checks {@code draft}; throws {@link IllegalArgumentException} if it is over {@link CheckReport#MAX_DRAFT_CHARS}, and
     * {@link CancellationException} when its thread is interrupted (a long draft is checked sentence by sentence,
     * and stops between two).
     */
    public CheckReport check(String draft) throws IOException {
        if (draft.length() > CheckReport.MAX_DRAFT_CHARS) {
            throw new IllegalArgumentException("草稿过长: " + draft.length() + " 字符, 上限 " + CheckReport.MAX_DRAFT_CHARS);
        }
        NormalizedText kept = NormalizedText.of(draft);
        List<DraftSentence> sentences = DraftSplitter.split(draft, kept);
        List<List<SentenceHit>> hits = findHits(draft, kept, sentences);
        List<SentenceHit> credited = credit(hits);
        List<CheckMatch> matches = matches(credited, kept);
        int covered = credited.stream().mapToInt(h -> h.keptTo() - h.keptFrom()).sum();
        return new CheckReport(draft, ratio(covered, kept), matches);
    }

    private List<List<SentenceHit>> findHits(String draft, NormalizedText kept, List<DraftSentence> sentences)
            throws IOException {
        List<List<StoredPassage>> candidates = store.bigramCandidates(
                sentences.stream().map(u -> draft.substring(u.start(), u.end())).toList(), CANDIDATES_PER_SENTENCE);
        Map<String, SourcePassage> passages = new HashMap<>();
        List<List<SentenceHit>> hits = new ArrayList<>(sentences.size());
        for (int u = 0; u < sentences.size(); u++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the check was abandoned (its request ran out of time)");
            }
            DraftSentence sentence = sentences.get(u);
            List<SentenceHit> sentenceHits = new ArrayList<>();
            for (StoredPassage candidate : candidates.get(u)) {
                SourcePassage passage = passages.computeIfAbsent(candidate.id(), id -> SourcePassage.of(candidate));
                SentenceMatcher.match(u, sentence, kept, passage).ifPresent(sentenceHits::add);
            }
            hits.add(sentenceHits);
        }
        return hits;
    }

    /**
     * One hit per copied sentence: the one covering most of it; on a tie, the one whose document is credited with
     * most of the draft overall, then the first passage id (so the answer does not depend on index order).
     */
    private static List<SentenceHit> credit(List<List<SentenceHit>> hits) {
        Map<String, Integer> perDocument = new HashMap<>();
        for (List<SentenceHit> sentenceHits : hits) {
            Map<String, Integer> best = new HashMap<>();
            for (SentenceHit h : sentenceHits) {
                best.merge(h.passage().docId(), h.covered(), Math::max);
            }
            best.forEach((doc, covered) -> perDocument.merge(doc, covered, Integer::sum));
        }
        Comparator<SentenceHit> order = Comparator.comparingInt(SentenceHit::covered)
                .thenComparingInt(h -> perDocument.get(h.passage().docId()))
                .thenComparing(h -> h.passage().passageId(), Comparator.reverseOrder());
        List<SentenceHit> credited = new ArrayList<>();
        for (List<SentenceHit> sentenceHits : hits) {
            sentenceHits.stream().max(order).ifPresent(credited::add);
        }
        return credited;
    }

    /** The credited hits grouped by passage, neighbours merged into spans, largest share first. */
    private static List<CheckMatch> matches(List<SentenceHit> credited, NormalizedText kept) {
        Map<String, List<SentenceHit>> byPassage = new LinkedHashMap<>();
        for (SentenceHit h : credited) {
            byPassage.computeIfAbsent(h.passage().passageId(), k -> new ArrayList<>()).add(h);
        }
        List<CheckMatch> matches = new ArrayList<>();
        for (List<SentenceHit> passageHits : byPassage.values()) {
            SourcePassage passage = passageHits.get(0).passage();
            List<CopiedSpan> spans = new ArrayList<>();
            int covered = 0;
            SentenceHit open = null;
            for (SentenceHit h : passageHits) { // in draft order
                covered += h.keptTo() - h.keptFrom();
                if (open != null && adjacent(open, h)) {
                    open = new SentenceHit(open.sentence(), passage, open.keptFrom(), h.keptTo(), open.covered() + h.covered(),
                            Math.min(open.sourceFrom(), h.sourceFrom()), Math.max(open.sourceTo(), h.sourceTo()));
                    continue;
                }
                if (open != null) {
                    spans.add(span(open, kept));
                }
                open = h;
            }
            spans.add(span(open, kept));
            matches.add(new CheckMatch(passage.docId(), passage.title(), passage.source(), passage.passageId(),
                    ratio(covered, kept), spans));
        }
        matches.sort(Comparator.comparingDouble(CheckMatch::ratio).reversed());
        return matches;
    }

    /**
     * Whether {@code next} continues {@code open}: only punctuation or spaces between them in the draft (at
     * most one stray kept char), and in the passage it starts where {@code open} ends or overlaps it.
     */
    private static boolean adjacent(SentenceHit open, SentenceHit next) {
        int draftGap = next.keptFrom() - open.keptTo();
        int sourceGap = next.sourceFrom() - open.sourceTo();
        return draftGap <= 1 && sourceGap <= 3 && next.sourceTo() > open.sourceTo();
    }

    private static CopiedSpan span(SentenceHit h, NormalizedText kept) {
        NormalizedText source = h.passage().kept();
        int offset = h.passage().start();
        return new CopiedSpan(kept.originalStart(h.keptFrom()), kept.originalEnd(h.keptTo() - 1),
                offset + source.originalStart(h.sourceFrom()), offset + source.originalEnd(h.sourceTo() - 1));
    }

    private static double ratio(int covered, NormalizedText kept) {
        return kept.length() == 0 ? 0 : (double) covered / kept.length();
    }
}
