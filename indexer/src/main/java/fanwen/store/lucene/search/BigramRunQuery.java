package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.search.similarities.Similarity;

import fanwen.store.lucene.PassageReader;
import fanwen.store.lucene.Schema;

/**
 * A run of bigrams (an exact substring) over documents, which keep their bigrams without positions
 * ({@link Schema#DOC_BIGRAM}): the run is counted in the document's passages, which hold the same text with
 * positions ({@link Schema#BODY_BIGRAM}), and the document is scored as a phrase query over its own text would
 * score it — the occurrences in all its passages as the phrase's frequency, the document's own length, the
 * searcher's similarity with the statistics of the run's bigrams. (A run across two passages is not found.)
 */
final class BigramRunQuery extends Query {

    private final PhraseQuery run;

    /** @param run a phrase of at least two bigrams in {@link Schema#BODY_BIGRAM} */
    BigramRunQuery(PhraseQuery run) {
        if (run.getTerms().length < 2 || !run.getField().equals(Schema.BODY_BIGRAM)) {
            throw new IllegalArgumentException("a run of bigrams in the passages' field: " + run);
        }
        this.run = run;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Query inPassages = new ToParentBlockJoinQuery(run, PassageReader.PARENTS,
                scoreMode.needsScores() ? org.apache.lucene.search.join.ScoreMode.Total
                        : org.apache.lucene.search.join.ScoreMode.None);
        IndexSearcher counting = new IndexSearcher(searcher.getIndexReader());
        counting.setSimilarity(OCCURRENCES);
        counting.setQueryCache(null);
        Weight occurrences = counting.createWeight(counting.rewrite(inPassages), scoreMode, 1f);
        Similarity.SimScorer scorer = scoreMode.needsScores() ? documentScorer(searcher, boost) : null;
        return new Weight(this) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier inner = occurrences.scorerSupplier(context);
                if (inner == null) {
                    return null;
                }
                NumericDocValues norms = context.reader().getNormValues(Schema.DOC_BIGRAM);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new DocumentScorer(inner.get(leadCost), scorer, norms);
                    }

                    @Override
                    public long cost() {
                        return inner.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Scorer s = scorer(context);
                if (s == null || s.iterator().advance(doc) != doc) {
                    return Explanation.noMatch("the run is in none of the document's passages");
                }
                return Explanation.match(s.score(), "the run in the document's passages: " + run);
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return occurrences.isCacheable(ctx);
            }
        };
    }

    /** The searcher's scorer of a phrase of the run's bigrams over documents; null when one of them is in none. */
    private Similarity.SimScorer documentScorer(IndexSearcher searcher, float boost) throws IOException {
        CollectionStatistics collection = searcher.collectionStatistics(Schema.DOC_BIGRAM);
        if (collection == null) {
            return null;
        }
        List<TermStatistics> terms = new ArrayList<>();
        for (Term bigram : run.getTerms()) {
            Term term = new Term(Schema.DOC_BIGRAM, bigram.bytes());
            TermStates states = TermStates.build(searcher, term, true);
            if (states.docFreq() == 0) {
                return null;
            }
            terms.add(searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
        }
        return searcher.getSimilarity().scorer(boost, collection, terms.toArray(TermStatistics[]::new));
    }

    /** Scores what a phrase's frequency is: how often the run occurs in a passage. */
    private static final Similarity OCCURRENCES = new Similarity() {
        @Override
        public long computeNorm(FieldInvertState state) {
            return 1;
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return freq;
                }
            };
        }
    };

    /** A document's score from the run's occurrences in its passages. */
    private static final class DocumentScorer extends Scorer {
        private final Scorer occurrences;
        private final Similarity.SimScorer scorer;
        private final NumericDocValues norms;

        DocumentScorer(Scorer occurrences, Similarity.SimScorer scorer, NumericDocValues norms) {
            this.occurrences = occurrences;
            this.scorer = scorer;
            this.norms = norms;
        }

        @Override
        public int docID() {
            return occurrences.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return occurrences.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return occurrences.twoPhaseIterator();
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.MAX_VALUE;
        }

        @Override
        public float score() throws IOException {
            if (scorer == null) {
                return 0f;
            }
            long norm = 1L;
            if (norms != null && norms.advanceExact(docID())) {
                norm = norms.longValue();
            }
            return scorer.score(occurrences.score(), norm);
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        run.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "runInPassages(" + run.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && run.equals(((BigramRunQuery) other).run);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), run);
    }
}
