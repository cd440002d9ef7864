package fanwen.store.lucene.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import fanwen.store.lucene.Schema;

/**
 * The terms an analyzer makes of a text, each at the position its token stream gives it, and the position after the
 * text. A query word whose parts the index spans (总工会: 总|工会) leaves their positions free after it, as a stop
 * word left out leaves its own, so a phrase of these terms at these positions lines up with the index — and matches
 * only where its words stand one after the other, not through a sub-word stacked inside a longer word.
 */
record QueryTerms(List<String> terms, List<Integer> positions, int end) {

    static final QueryTerms NONE = new QueryTerms(List.of(), List.of(), 0);

    /** One term, alone at position 0. */
    static QueryTerms of(String term) {
        return new QueryTerms(List.of(term), List.of(0), 1);
    }

    /** The first {@code max} terms {@code analyzer} makes of {@code text}, in order (stacked tokens included). */
    static QueryTerms of(Analyzer analyzer, String text, int max) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int position = -1;
        int end;
        try (TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            boolean cut = false;
            while (!cut && stream.incrementToken()) {
                cut = terms.size() == max;
                if (!cut) {
                    position += increment.getPositionIncrement();
                    terms.add(term.toString());
                    positions.add(position);
                }
            }
            stream.end();
            // after the whole text: also the positions its last word still spans
            end = position + 1 + (cut ? 0 : increment.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.isEmpty() ? NONE : new QueryTerms(List.copyOf(terms), List.copyOf(positions), end);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    int size() {
        return terms.size();
    }

    /** These terms, then {@code next}'s right after them. */
    QueryTerms then(QueryTerms next) {
        if (isEmpty()) {
            return next;
        }
        List<String> joinedTerms = new ArrayList<>(terms);
        joinedTerms.addAll(next.terms);
        List<Integer> joinedPositions = new ArrayList<>(positions);
        next.positions.forEach(p -> joinedPositions.add(end + p));
        return new QueryTerms(List.copyOf(joinedTerms), List.copyOf(joinedPositions), end + next.end);
    }

    /** The terms in {@code field} at their positions, up to {@code slop} moves apart; one term is a term query. */
    Query phrase(String field, int slop) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = positions.getFirst();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), positions.get(i) - first);
        }
        phrase.setSlop(slop);
        return phrase.build();
    }
}
