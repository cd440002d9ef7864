package fanwen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Metadata declared from outside the file — by a corpus manifest line, an upload form or the user's edits — that
 * takes precedence over what the structure stage infers. Every part is optional.
 */
public record DeclaredMetadata(Optional<String> title, Optional<String> type, Optional<Integer> year,
                               Optional<LocalDate> date, List<String> units, List<String> tags,
                               OfficialElements official) {

    public DeclaredMetadata {
        units = List.copyOf(units);
        tags = List.copyOf(tags);
    }

    /** Declared metadata with none of the 公文 elements. */
    public DeclaredMetadata(Optional<String> title, Optional<String> type, Optional<Integer> year,
                            Optional<LocalDate> date, List<String> units, List<String> tags) {
        this(title, type, year, date, units, tags, OfficialElements.NONE);
    }

    /** Nothing declared. */
    public static final DeclaredMetadata NONE = new DeclaredMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of());

    /** This, with each part that is absent here taken from {@code fallback}. */
    public DeclaredMetadata orElse(DeclaredMetadata fallback) {
        return new DeclaredMetadata(title.or(fallback::title), type.or(fallback::type), year.or(fallback::year),
                date.or(fallback::date), units.isEmpty() ? fallback.units : units,
                tags.isEmpty() ? fallback.tags : tags, official.orElse(fallback.official));
    }
}
