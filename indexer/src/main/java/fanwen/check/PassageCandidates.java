package fanwen.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import fanwen.index.Schema;

/**
 * Finds the library passages that may contain a draft unit, through the character-bigram field: the unit's
 * rarest bigrams (those in the fewest documents, so the most telling, and the cheapest to look up) are
 * queried, and a passage must hold several of them. A passage holding the unit verbatim holds all of its
 * bigrams; a few changed characters only cost the bigrams they touch. Remembers document frequencies for
 * the request it serves (one instance per check).
 */
final class PassageCandidates {

    /** Bigrams queried per unit. */
    static final int PROBES = 8;
    /** Of which a candidate must hold at least this many (fewer if the unit has fewer). */
    static final int MIN_PROBES_MATCHED = 3;
    /** Candidates kept per unit. */
    static final int PER_UNIT = 5;

    private final IndexSearcher searcher;
    private final Analyzer bigrams;
    private final Map<String, Integer> docFreqs = new HashMap<>();

    PassageCandidates(IndexSearcher searcher, Analyzer bigrams) {
        this.searcher = searcher;
        this.bigrams = bigrams;
    }

    /** Lucene doc ids of the passages most likely to contain {@code unitText}, best first. */
    List<Integer> of(String unitText) throws IOException {
        List<String> probes = rarest(distinctBigrams(unitText));
        if (probes.size() < 2) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String probe : probes) {
            any.add(new TermQuery(new Term(Schema.BODY_BIGRAM, probe)), Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(Math.min(MIN_PROBES_MATCHED, probes.size()));
        BooleanQuery query = new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_PASSAGE)), Occur.FILTER)
                .build();
        List<Integer> docs = new ArrayList<>(PER_UNIT);
        for (ScoreDoc hit : searcher.search(query, PER_UNIT).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    private Set<String> distinctBigrams(String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = bigrams.tokenStream(Schema.BODY_BIGRAM, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** Up to {@value #PROBES} of the terms that occur in the index, rarest first. */
    private List<String> rarest(Set<String> terms) throws IOException {
        List<String> present = new ArrayList<>();
        for (String t : terms) {
            if (docFreq(t) > 0) {
                present.add(t);
            }
        }
        present.sort(Comparator.comparingInt(this::docFreqUnchecked));
        return present.subList(0, Math.min(PROBES, present.size()));
    }

    private int docFreq(String term) throws IOException {
        Integer known = docFreqs.get(term);
        if (known == null) {
            known = searcher.getIndexReader().docFreq(new Term(Schema.BODY_BIGRAM, term));
            docFreqs.put(term, known);
        }
        return known;
    }

    private int docFreqUnchecked(String term) {
        return docFreqs.get(term);
    }
}
