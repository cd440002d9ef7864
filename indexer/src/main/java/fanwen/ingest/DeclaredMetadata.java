package fanwen.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    private static final ObjectMapper JSON = new ObjectMapper();

    /** This as a small JSON object (absent parts left out), the form the index stores for a rebuild. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        title.ifPresent(t -> node.put("title", t));
        type.ifPresent(t -> node.put("type", t));
        year.ifPresent(y -> node.put("year", y));
        date.ifPresent(d -> node.put("date", d.toString()));
        if (!units.isEmpty()) {
            units.forEach(node.putArray("units")::add);
        }
        if (!tags.isEmpty()) {
            tags.forEach(node.putArray("tags")::add);
        }
        return node.toString();
    }

    /** Reads what {@link #toJson()} wrote. */
    public static DeclaredMetadata fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new DeclaredMetadata(text(node, "title"), text(node, "type"),
                    node.has("year") ? Optional.of(node.get("year").asInt()) : Optional.empty(),
                    text(node, "date").map(LocalDate::parse), texts(node, "units"), texts(node, "tags"));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable declared metadata: " + json, e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

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
