package fanwen.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fanwen.index.DocumentMetadata;
import fanwen.structure.DocumentType;
import fanwen.structure.StructuredDocument;

/**
 * Metadata declared from outside the file — by a corpus manifest line or an upload form — that takes
 * precedence over what the structure stage infers. Every part is optional.
 */
public record DeclaredMetadata(Optional<String> title, Optional<String> type, Optional<Integer> year,
                               Optional<LocalDate> date, List<String> units, List<String> tags) {

    public DeclaredMetadata {
        units = List.copyOf(units);
        tags = List.copyOf(tags);
    }

    /** Nothing declared. */
    public static final DeclaredMetadata NONE = new DeclaredMetadata(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of());

    /** This, with each part that is absent here taken from {@code fallback}. */
    public DeclaredMetadata orElse(DeclaredMetadata fallback) {
        return new DeclaredMetadata(title.or(fallback::title), type.or(fallback::type), year.or(fallback::year),
                date.or(fallback::date), units.isEmpty() ? fallback.units : units,
                tags.isEmpty() ? fallback.tags : tags);
    }

    /**
     * The metadata a document is indexed with: each part declared here wins over what the structure stage
     * inferred ({@code inferred}); a declared type that is not a known label is ignored; a declared date
     * also gives the year.
     */
    public DocumentMetadata over(StructuredDocument inferred) {
        String resolvedType = type.filter(t -> DocumentType.fromLabel(t).isPresent()).orElse(inferred.type().label());
        return new DocumentMetadata(
                title.orElse(inferred.title()),
                resolvedType,
                year.or(() -> date.map(LocalDate::getYear)).or(inferred::year),
                date.or(inferred::date),
                units.isEmpty() ? inferred.units() : units,
                tags);
    }
}
