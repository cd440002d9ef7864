package fanwen.ingest;

import java.time.LocalDate;

import fanwen.index.DocumentMetadata;
import fanwen.model.DeclaredMetadata;
import fanwen.model.DocumentType;
import fanwen.structure.StructuredDocument;

/** The metadata a document is indexed with: what was declared for it over what the structure stage inferred. */
final class ResolvedMetadata {

    private ResolvedMetadata() {
    }

    /**
     * Each part {@code declared} wins over what was {@code inferred}; a declared type that is not a known label is
     * ignored; a declared date also gives the year.
     */
    static DocumentMetadata of(DeclaredMetadata declared, StructuredDocument inferred) {
        String type = declared.type().filter(t -> DocumentType.fromLabel(t).isPresent())
                .orElse(inferred.type().label());
        return new DocumentMetadata(
                declared.title().orElse(inferred.title()),
                type,
                declared.year().or(() -> declared.date().map(LocalDate::getYear)).or(inferred::year),
                declared.date().or(inferred::date),
                declared.units().isEmpty() ? inferred.units() : declared.units(),
                declared.tags(), declared.official().orElse(inferred.official()));
    }
}
