package fanwen.query;

import java.util.List;

import fanwen.model.Facet;
import fanwen.model.Filters;

/**
 * A user's query string taken apart: the words to find, exact phrases, excluded words, and the filters
 * written inline ({@code type:讲话 year:2015..2020 unit:… tag:…}).
 */
public record ParsedQuery(List<String> words, List<String> phrases, List<String> excluded, Filters filters) {

    public ParsedQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    /** This query without its inline filter on {@code facet}. */
    public ParsedQuery without(Facet facet) {
        return new ParsedQuery(words, phrases, excluded, filters.without(facet));
    }
}
