package fanwen.search;

import java.util.List;
import java.util.Optional;


import fanwen.index.Schema;
/**
 * A user's query string taken apart: the words to find, exact phrases, excluded words, and the field
 * filters written inline ({@code type:讲话 year:2015..2020 unit:… tag:…}).
 */
public record ParsedQuery(List<String> words, List<String> phrases, List<String> excluded, List<String> types,
                          Optional<Integer> yearFrom, Optional<Integer> yearTo, List<String> units,
                          List<String> tags) {

    public ParsedQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        types = List.copyOf(types);
        units = List.copyOf(units);
        tags = List.copyOf(tags);
    }

    /** Whether an inline filter on facet {@code facet} ({@code type}, {@code year} or {@code unit}) is given. */
    public boolean filters(String facet) {
        return SearchRequest.filters(facet, types, yearFrom, yearTo, units);
    }

    /** This query without its inline filter on facet {@code facet}. */
    public ParsedQuery without(String facet) {
        boolean year = facet.equals(Schema.YEAR);
        return new ParsedQuery(words, phrases, excluded, facet.equals(Schema.TYPE) ? List.of() : types,
                year ? Optional.empty() : yearFrom, year ? Optional.empty() : yearTo,
                facet.equals(Schema.UNIT) ? List.of() : units, tags);
    }

    /** True when nothing positive is asked for: no words and no phrases. */
    public boolean hasNoText() {
        return words.isEmpty() && phrases.isEmpty();
    }
}
