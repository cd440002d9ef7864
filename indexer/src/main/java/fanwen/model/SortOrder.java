package fanwen.model;

import java.util.Optional;

/** How hits are ordered: by relevance, or newest first. */
public enum SortOrder {
    RELEVANCE, DATE;

    /** The order named {@code name} ("relevance" or "date"), case-insensitive. */
    public static Optional<SortOrder> parse(String name) {
        for (SortOrder order : values()) {
            if (order.name().equalsIgnoreCase(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
