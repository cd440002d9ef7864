package fanwen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a search is restricted to: any of the types, a year range (either end open), any of the units, any of the
 * tags, any of the issuing organs (发文机关). Empty lists and absent years restrict nothing. The one form of
 * filters, whether they come as parameters of the API, options of the CLI, or written in the query
 * ({@code type:讲话 year:2015..2020 发文机关:国务院办公厅}).
 */
public record Filters(List<String> types, Optional<Integer> yearFrom, Optional<Integer> yearTo, List<String> units,
                      List<String> tags, List<String> issuers) {

    /** No restriction. */
    public static final Filters NONE = new Filters(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(),
            List.of());

    public Filters {
        types = List.copyOf(types);
        units = List.copyOf(units);
        tags = List.copyOf(tags);
        issuers = List.copyOf(issuers);
    }

    /** Whether these filters restrict {@code facet}. */
    public boolean restricts(Facet facet) {
        return switch (facet) {
            case TYPE -> !types.isEmpty();
            case YEAR -> yearFrom.isPresent() || yearTo.isPresent();
            case UNIT -> !units.isEmpty();
            case TAG -> !tags.isEmpty();
            case ISSUER -> !issuers.isEmpty();
        };
    }

    /** These filters without the one on {@code facet}. */
    public Filters without(Facet facet) {
        return new Filters(facet == Facet.TYPE ? List.of() : types, facet == Facet.YEAR ? Optional.empty() : yearFrom,
                facet == Facet.YEAR ? Optional.empty() : yearTo, facet == Facet.UNIT ? List.of() : units,
                facet == Facet.TAG ? List.of() : tags, facet == Facet.ISSUER ? List.of() : issuers);
    }

    /**
     * These filters with {@code other}'s added: a value of either list is accepted (any of them), and a year end
     * given here wins over {@code other}'s.
     */
    public Filters and(Filters other) {
        return new Filters(concat(types, other.types), yearFrom.or(other::yearFrom), yearTo.or(other::yearTo),
                concat(units, other.units), concat(tags, other.tags), concat(issuers, other.issuers));
    }

    /** The values {@code facet} is restricted to (any of them); for the year, use its two ends. */
    public List<String> values(Facet facet) {
        return switch (facet) {
            case TYPE -> types;
            case UNIT -> units;
            case TAG -> tags;
            case ISSUER -> issuers;
            case YEAR -> throw new IllegalArgumentException("the year is a range: use yearFrom and yearTo");
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
