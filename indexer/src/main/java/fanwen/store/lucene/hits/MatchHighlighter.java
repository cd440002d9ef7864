package fanwen.store.lucene.hits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import fanwen.index.Analyzers;
import fanwen.model.Snippet;
import fanwen.store.SnippetWindow;
import fanwen.store.lucene.Schema;

/**
 * Finds the exact char ranges where a query matched the text of a hit, and cuts snippets of a text around the
 * densest matches. Word matches ({@link Schema#BODY}) are the places of the passage's indexed words in its text
 * ({@link WordsInText}: how often the postings say a word occurs, checked against where its characters stand — no
 * re-analysis but of the rare clause where they stand more often; segmenting whole passages again would cost half a
 * search); bigram matches ({@link Schema#BODY_BIGRAM}) are found by cutting the passage into bigrams again, which is
 * cheap — and only for a hit that has no word match, i.e. one found through the recall path.
 *
 * <p>Cutting a snippet needs the text: {@link Searcher} highlights passages, never whole documents — a
 * document's snippets are cut from its best passages, which it finds with {@link #query()}.
 */
public final class MatchHighlighter {

    /** The bigram field's chain; an analyzer serves any number of threads. */
    private static final Analyzer BIGRAMS = Analyzers.bigrams();

    private final Query query;
    private final Set<Term> bodyTerms = new HashSet<>();
    private final Set<String> bigramTerms = new HashSet<>();

    /** Prepares highlighting for {@code query}; excluded (MUST_NOT) terms are never highlighted. */
    public MatchHighlighter(Query query) {
        this.query = query;
        Set<Term> all = new HashSet<>();
        query.visit(QueryVisitor.termCollector(all));
        for (Term term : all) {
            if (term.field().equals(Schema.BODY)) {
                bodyTerms.add(term);
            } else if (term.field().equals(Schema.BODY_BIGRAM)) {
                bigramTerms.add(term.text());
            }
        }
    }

    /** The query whose matches are highlighted. */
    public Query query() {
        return query;
    }

    /**
     * The matched ranges in {@code text}, the text of passage {@code passageDoc} (a top-level id) of {@code reader},
     * sorted and merged.
     */
    public List<Snippet.Range> matches(IndexReader reader, int passageDoc, String text) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(passageDoc, reader.leaves()));
        List<Snippet.Range> ranges = words(leaf, passageDoc - leaf.docBase, text);
        if (ranges.isEmpty()) {
            ranges = bigrams(text);
        }
        return merge(ranges);
    }

    private List<Snippet.Range> words(LeafReaderContext leaf, int doc, String text) throws IOException {
        List<Snippet.Range> ranges = new ArrayList<>();
        Terms fieldTerms = leaf.reader().terms(Schema.BODY);
        if (bodyTerms.isEmpty() || fieldTerms == null || text.isEmpty()) {
            return ranges;
        }
        WordsInText places = new WordsInText(text);
        TermsEnum termsEnum = fieldTerms.iterator();
        for (Term term : bodyTerms) {
            if (!termsEnum.seekExact(term.bytes())) {
                continue;
            }
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
            if (doc != DocIdSetIterator.NO_MORE_DOCS && postings.advance(doc) == doc) {
                ranges.addAll(places.find(term.text(), postings.freq()));
            }
        }
        return ranges;
    }

    /** Where the bigram chain finds one of the query's bigrams in {@code text}. */
    private List<Snippet.Range> bigrams(String text) throws IOException {
        List<Snippet.Range> ranges = new ArrayList<>();
        if (bigramTerms.isEmpty() || text.isEmpty()) {
            return ranges;
        }
        try (TokenStream stream = BIGRAMS.tokenStream(Analyzers.TEXT_FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (bigramTerms.contains(term.toString()) && offsets.endOffset() > offsets.startOffset()) {
                    ranges.add(new Snippet.Range(offsets.startOffset(), offsets.endOffset()));
                }
            }
            stream.end();
        }
        return ranges;
    }

    private static List<Snippet.Range> merge(List<Snippet.Range> ranges) {
        return SnippetWindow.merge(ranges);
    }

    /** The snippet of {@code text} around its densest matches ({@link SnippetWindow#around}). */
    public static Snippet snippet(String text, List<Snippet.Range> matches) {
        return SnippetWindow.around(text, matches);
    }
}
