package fanwen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import fanwen.analysis.BigramAnalyzer;
import fanwen.analysis.ChineseAnalyzer;
import fanwen.analysis.HanLPTokenizer;
import fanwen.index.Schema;

/**
 * Builds the Lucene query for a {@link ParsedQuery} over documents or over passages.
 *
 * <p>Each word the user typed is segmented with the query-mode analyzer; the word matches when all its
 * segments occur (close together scores more), or — the recall path — when its character bigrams occur
 * as a phrase, which finds words inside longer words (简单 in 安装简单). Title (documents) and heading
 * (passages) matches weigh more. By default every word must match; {@link Mode#ANY_WORD} relaxes that
 * when nothing matches them all.
 */
public final class QueryBuilder {

    /** Whether every word must match or any one is enough. */
    public enum Mode { ALL_WORDS, ANY_WORD }

    /** What is searched. */
    public enum Target { DOCUMENTS, PASSAGES }

    private static final float TITLE_BOOST = 3f;
    private static final float HEADING_BOOST = 2f;
    private static final float BIGRAM_WEIGHT = 0.4f;
    private static final float PROXIMITY_BOOST = 2f;
    private static final int PROXIMITY_SLOP = 3;

    private final Analyzer words = new ChineseAnalyzer(HanLPTokenizer.Mode.QUERY, true);
    private final Analyzer allWords = new ChineseAnalyzer(HanLPTokenizer.Mode.QUERY, false);
    private final Analyzer bigrams = new BigramAnalyzer();

    /** The full query: text clauses, exclusions and filters, restricted to the target kind. */
    public Query build(ParsedQuery parsed, SearchRequest request, Target target, Mode mode) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        top.add(new TermQuery(new Term(Schema.KIND,
                target == Target.DOCUMENTS ? Schema.KIND_DOCUMENT : Schema.KIND_PASSAGE)), Occur.FILTER);
        boolean anyText = false;
        for (String word : parsed.words()) {
            Optional<Query> clause = wordClause(word, target);
            if (clause.isPresent()) {
                top.add(clause.get(), mode == Mode.ALL_WORDS ? Occur.MUST : Occur.SHOULD);
                anyText = true;
            }
        }
        for (String phrase : parsed.phrases()) {
            Optional<Query> clause = phraseClause(phrase);
            if (clause.isPresent()) {
                top.add(clause.get(), Occur.MUST);
                anyText = true;
            }
        }
        for (String excluded : parsed.excluded()) {
            phraseClause(excluded).ifPresent(q -> top.add(q, Occur.MUST_NOT));
        }
        if (!anyText) {
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        addFilters(top, parsed, request);
        return top.build();
    }

    /** A query that matches {@code word} anywhere: its segments, or its bigrams as a phrase. */
    private Optional<Query> wordClause(String word, Target target) {
        List<String> terms = analyze(words, word);
        if (terms.isEmpty()) {
            terms = analyze(allWords, word);
        }
        List<String> grams = analyze(bigrams, word);
        if (terms.isEmpty() && grams.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            either.add(segmentsQuery(terms, target), Occur.SHOULD);
        }
        if (!grams.isEmpty()) {
            either.add(new BoostQuery(phrase(Schema.BODY_BIGRAM, grams, 0), BIGRAM_WEIGHT), Occur.SHOULD);
        }
        return Optional.of(either.build());
    }

    private Query segmentsQuery(List<String> terms, Target target) {
        if (terms.size() == 1) {
            return fieldsFor(terms.get(0), target);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(fieldsFor(term, target), Occur.MUST);
        }
        all.add(new BoostQuery(phrase(Schema.BODY, terms, PROXIMITY_SLOP), PROXIMITY_BOOST), Occur.SHOULD);
        return all.build();
    }

    /** One term in the body, title (documents) or headings (passages): the best field counts. */
    private static Query fieldsFor(String term, Target target) {
        List<Query> alternatives = new ArrayList<>(2);
        alternatives.add(new TermQuery(new Term(Schema.BODY, term)));
        if (target == Target.DOCUMENTS) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(Schema.TITLE, term)), TITLE_BOOST));
        } else {
            alternatives.add(new BoostQuery(new TermQuery(new Term(Schema.HEADINGS, term)), HEADING_BOOST));
        }
        return new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    /** An exact phrase: consecutive segments, or consecutive bigrams (an exact substring). */
    private Optional<Query> phraseClause(String text) {
        List<String> terms = analyze(allWords, text);
        List<String> grams = analyze(bigrams, text);
        if (terms.isEmpty() && grams.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            either.add(phrase(Schema.BODY, terms, 0), Occur.SHOULD);
        }
        if (!grams.isEmpty()) {
            either.add(phrase(Schema.BODY_BIGRAM, grams, 0), Occur.SHOULD);
        }
        return Optional.of(either.build());
    }

    private static Query phrase(String field, List<String> terms, int slop) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), i);
        }
        phrase.setSlop(slop);
        return phrase.build();
    }

    private static void addFilters(BooleanQuery.Builder top, ParsedQuery parsed, SearchRequest request) {
        addAnyOf(top, Schema.TYPE, concat(request.types(), parsed.types()));
        addAnyOf(top, Schema.UNIT, concat(request.units(), parsed.units()));
        addAnyOf(top, Schema.TAG, concat(request.tags(), parsed.tags()));
        Optional<Integer> from = request.yearFrom().or(parsed::yearFrom);
        Optional<Integer> to = request.yearTo().or(parsed::yearTo);
        if (from.isPresent() || to.isPresent()) {
            top.add(IntPoint.newRangeQuery(Schema.YEAR, from.orElse(Integer.MIN_VALUE), to.orElse(Integer.MAX_VALUE)),
                    Occur.FILTER);
        }
    }

    private static void addAnyOf(BooleanQuery.Builder top, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        top.add(any.build(), Occur.FILTER);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The terms {@code analyzer} makes of {@code text}, in order (stacked tokens included). */
    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
