package fanwen.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import fanwen.index.Analyzers;
import fanwen.store.StoredPassage;

/**
 * Finds the library passages that may contain each sentence of a draft (the duplicate check's candidates), through
 * the character-bigram field: a sentence's rarest bigrams (those in the fewest documents, so the most telling, and the cheapest to look up)
 * are queried, and a passage must hold several of them. A passage holding the sentence verbatim holds all of
 * its bigrams; a few changed characters only cost the bigrams they touch.
 *
 * <p>All bigrams of the draft are looked up at once, in sorted order with one terms enumeration per index
 * segment (seeking forward reuses the enumeration's blocks), and the lookups are handed to the queries.
 * One instance serves one check.
 */
final class BigramCandidates {

    /** Bigrams queried per sentence. */
    static final int PROBES = 8;
    /** Of which a candidate must hold at least this many (fewer if the sentence has fewer). */
    static final int MIN_PROBES_MATCHED = 3;

    private final IndexSearcher searcher;
    private final PassageReader passages;
    private final List<Set<String>> sentenceBigrams;
    private final Map<String, TermStates> terms = new HashMap<>();

    /** Prepares the lookups of {@code sentenceTexts}, analysed with {@code bigrams} as the index's field is. */
    BigramCandidates(IndexSearcher searcher, Analyzer bigrams, List<String> sentenceTexts) throws IOException {
        this.searcher = searcher;
        this.passages = new PassageReader(searcher);
        this.sentenceBigrams = new ArrayList<>(sentenceTexts.size());
        Set<String> all = new TreeSet<>(Comparator.comparing(BytesRef::new));
        for (String text : sentenceTexts) {
            Set<String> distinct = Analyzers.distinctTerms(bigrams, text);
            sentenceBigrams.add(distinct);
            all.addAll(distinct);
        }
        lookUp(all);
    }

    /**
     * For each sentence, up to {@code perSentence} passages most likely to contain it, best first; a passage that is
     * a candidate of several sentences is read once. Stops with {@link CancellationException} when the thread is
     * interrupted.
     */
    List<List<StoredPassage>> all(int perSentence) throws IOException {
        Map<Integer, StoredPassage> read = new HashMap<>();
        List<List<StoredPassage>> all = new ArrayList<>(sentenceBigrams.size());
        for (int sentence = 0; sentence < sentenceBigrams.size(); sentence++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the check was abandoned (its request ran out of time)");
            }
            List<StoredPassage> passages = new ArrayList<>(perSentence);
            for (int doc : of(sentence, perSentence)) {
                StoredPassage passage = read.get(doc);
                if (passage == null) {
                    passage = load(doc);
                    read.put(doc, passage);
                }
                passages.add(passage);
            }
            all.add(passages);
        }
        return all;
    }

    private StoredPassage load(int doc) throws IOException {
        PassageReader.Passage p = passages.read(doc);
        return new StoredPassage(p.docId(), p.id(), p.docTitle(), p.source(), p.start(), p.text());
    }

    /** Lucene doc ids of the passages most likely to contain sentence {@code sentence}, best first. */
    private List<Integer> of(int sentence, int perSentence) throws IOException {
        List<String> probes = rarest(sentenceBigrams.get(sentence));
        if (probes.size() < 2) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String probe : probes) {
            any.add(new TermQuery(new Term(Schema.BODY_BIGRAM, probe), terms.get(probe)), Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(Math.min(MIN_PROBES_MATCHED, probes.size()));
        BooleanQuery query = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_PASSAGE)), Occur.FILTER)
                .build();
        List<Integer> docs = new ArrayList<>(perSentence);
        for (ScoreDoc hit : searcher.search(query, perSentence).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }


    /** The term states of every term in {@code sorted} (in index order), segment by segment. */
    private void lookUp(Set<String> sorted) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        for (String term : sorted) {
            terms.put(term, new TermStates(top));
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms field = leaf.reader().terms(Schema.BODY_BIGRAM);
            if (field == null) {
                continue;
            }
            TermsEnum seeker = field.iterator();
            for (String term : sorted) {
                if (seeker.seekExact(new BytesRef(term))) {
                    terms.get(term).register(seeker.termState(), leaf.ord, seeker.docFreq(), seeker.totalTermFreq());
                }
            }
        }
    }

    /** Up to {@value #PROBES} of the terms that occur in the index, rarest first. */
    private List<String> rarest(Set<String> sentenceTerms) {
        List<String> present = new ArrayList<>();
        for (String t : sentenceTerms) {
            if (terms.get(t).docFreq() > 0) {
                present.add(t);
            }
        }
        present.sort(Comparator.comparingInt(t -> terms.get(t).docFreq()));
        return present.subList(0, Math.min(PROBES, present.size()));
    }
}
