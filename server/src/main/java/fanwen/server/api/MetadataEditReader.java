package fanwen.server.api;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fanwen.engine.Engine;
import fanwen.model.MetadataEdit;
import fanwen.model.OfficialElements;
import fanwen.server.http.ApiError;

/**
 * Reads the body of {@code PATCH /api/v1/documents/{id}}: a JSON object with any of {@code title} (text),
 * {@code type} (a type label such as 总结), {@code unit} (text or list of texts), {@code year} (four-digit
 * number), {@code tags} (list of texts, or one comma-separated text) and the 公文 elements: {@code doc_number},
 * {@code signer}, {@code recipients}, {@code cc}, {@code security_level}, {@code urgency}, {@code copy_number},
 * {@code printed_by} (texts), {@code issuer} and {@code attachments} (text or list of texts), {@code printed_date}
 * (YYYY-MM-DD). Anything else is refused with 400.
 */
final class MetadataEditReader {

    private static final List<String> FIELDS = List.of("title", "type", "unit", "year", "tags", "doc_number",
            "issuer", "signer", "recipients", "cc", "security_level", "urgency", "copy_number", "attachments",
            "printed_by", "printed_date");
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
            throw ApiError.badRequest("give at least one of " + String.join(", ", FIELDS) + " as a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest("unknown field '" + name + "': editable are " + String.join(", ", FIELDS));
            }
        });
        Optional<String> type = text(node, "type");
        type.ifPresent(t -> {
            if (!Engine.documentTypes().contains(t)) {
                throw ApiError.badRequest("unknown type '" + t + "': use one of " + typeLabels());
            }
        });
        return new MetadataEdit(text(node, "title"), type, year(node), list(node, "unit"), list(node, "tags"),
                official(node));
    }

    private static OfficialElements official(JsonNode node) {
        return new OfficialElements(text(node, "doc_number"), list(node, "issuer").orElse(List.of()),
                text(node, "signer"), text(node, "recipients"), text(node, "cc"), text(node, "security_level"),
                text(node, "urgency"), text(node, "copy_number"), list(node, "attachments").orElse(List.of()),
                text(node, "printed_by"), date(node, "printed_date"));
    }

    private static Optional<LocalDate> date(JsonNode node, String field) {
        return text(node, field).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest(field + " must be a date such as 2021-03-05, got " + value);
            }
        });
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
