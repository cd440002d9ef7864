package fanwen.server.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fanwen.engine.Engine;
import fanwen.model.MetadataEdit;
import fanwen.server.http.ApiError;

/**
 * Reads the body of {@code PATCH /api/v1/documents/{id}}: a JSON object with any of {@code title} (text),
 * {@code type} (a type label such as 总结), {@code unit} (text or list of texts), {@code year} (four-digit
 * number) and {@code tags} (list of texts, or one comma-separated text). Anything else is refused with 400.
 */
final class MetadataEditReader {

    private static final Set<String> FIELDS = Set.of("title", "type", "unit", "year", "tags");
    private static final int MAX_TEXT = 500;

    private final ObjectMapper json;

    MetadataEditReader(ObjectMapper json) {
        this.json = json;
    }

    MetadataEdit read(byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw ApiError.badRequest("the body must be a JSON object, e.g. {\"type\":\"总结\",\"year\":2015}");
        }
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw ApiError.badRequest("give at least one of title, type, unit, year, tags as a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest("unknown field '" + name + "': editable are title, type, unit, year, tags");
            }
        });
        Optional<String> type = text(node, "type");
        type.ifPresent(t -> {
            if (!Engine.documentTypes().contains(t)) {
                throw ApiError.badRequest("unknown type '" + t + "': use one of " + typeLabels());
            }
        });
        return new MetadataEdit(text(node, "title"), type, year(node), list(node, "unit"), list(node, "tags"));
    }

    static String typeLabels() {
        return String.join(", ", Engine.documentTypes());
    }

    private static Optional<String> text(JsonNode node, String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw ApiError.badRequest(field + " must be a non-empty text of at most " + MAX_TEXT + " characters");
        }
        return Optional.of(value.asText().strip());
    }

    private static Optional<Integer> year(JsonNode node) {
        if (!node.has("year")) {
            return Optional.empty();
        }
        JsonNode value = node.get("year");
        String text = value.isIntegralNumber() ? value.asText() : value.isTextual() ? value.asText().strip() : "";
        if (!text.matches("\\d{4}")) {
            throw ApiError.badRequest("year must be a four-digit year such as 2015, got " + value);
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static Optional<List<String>> list(JsonNode node, String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        List<String> values = new ArrayList<>();
        if (value.isTextual()) {
            for (String part : value.asText().split("[,，、]")) {
                values.add(part.strip());
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw ApiError.badRequest(field + " must be a text or a list of texts");
                }
                values.add(item.asText().strip());
            }
        } else {
            throw ApiError.badRequest(field + " must be a text or a list of texts");
        }
        List<String> kept = values.stream().filter(v -> !v.isEmpty()).distinct().toList();
        if (kept.stream().anyMatch(v -> v.length() > MAX_TEXT)) {
            throw ApiError.badRequest(field + " values must be at most " + MAX_TEXT + " characters");
        }
        return Optional.of(kept);
    }
}
