package fanwen.model;

import java.util.Optional;

/**
 * What search results are counted and filtered by: the one list of them, with the name each has in the API, the
 * query syntax ({@code type:讲话}) and the index.
 */
public enum Facet {
    TYPE("type"), YEAR("year"), UNIT("unit"), TAG("tag"), ISSUER("issuer");

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    /** The facet's name in the API, the query syntax and the index: {@code type}, {@code year}, {@code unit} … */
    public String key() {
        return key;
    }

    /** The facet named {@code key}, if any. */
    public static Optional<Facet> of(String key) {
        for (Facet facet : values()) {
            if (facet.key.equals(key)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
