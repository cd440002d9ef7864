package fanwen.query;

import java.util.List;

import fanwen.model.Facet;
import fanwen.model.Filters;

/**
 * A user's query string taken apart: the words to find, exact phrases, excluded words, the filters written inline
 * ({@code type:讲话 year:2015..2020 unit:… tag:…}), and the kinds of document asked for ({@link DocumentKinds}: the
 * words naming them are not among the words to find when the query says something besides).
 */
public record ParsedQuery(List<String> words, List<String> phrases, List<String> excluded, Filters filters,
                          List<KindWanted> kinds) {

    public ParsedQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        kinds = List.copyOf(kinds);
    }

    /** A query that asks for no kind of document. */
    public ParsedQuery(List<String> words, List<String> phrases, List<String> excluded, Filters filters) {
        this(words, phrases, excluded, filters, List.of());
    }

    /** This query without its inline filter on {@code facet}. */
    public ParsedQuery without(Facet facet) {
        return new ParsedQuery(words, phrases, excluded, filters.without(facet), kinds);
    }
}
