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
            throw ApiError.badRequest("请求体应为 JSON 对象，例如 {\"type\":\"总结\",\"year\":2015}",
                    "the body must be a JSON object: " + TextBody.problem(e));
        }
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw ApiError.badRequest("请在 JSON 对象中至少给出 " + String.join("、", FIELDS) + " 中的一项",
                    "give at least one of " + String.join(", ", FIELDS) + " as a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest("不能修改字段 '" + name + "'：可修改的字段有 " + String.join("、", FIELDS),
                        "unknown field '" + name + "': editable are " + String.join(", ", FIELDS));
            }
        });
        Optional<String> type = text(node, "type");
        type.ifPresent(MetadataEditReader::requireKnownType);
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
                throw ApiError.badRequest(field + " 应为日期，例如 2021-03-05，收到的是 " + value,
                        field + " must be a date such as 2021-03-05, got " + value);
            }
        });
    }

    /** 400 unless {@code type} is one of the document types (总结, 讲话 …). */
    static void requireKnownType(String type) {
        if (!Engine.documentTypes().contains(type)) {
            String labels = String.join(", ", Engine.documentTypes());
            throw ApiError.badRequest("未知的文档类型 '" + type + "'：可用的类型有 " + labels,
                    "unknown type '" + type + "': use one of " + labels);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > MAX_TEXT) {
            throw ApiError.badRequest(field + " 应为不超过 " + MAX_TEXT + " 字的非空文本",
                    field + " must be a non-empty text of at most " + MAX_TEXT + " characters");
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
            throw ApiError.badRequest("year 应为四位数的年份（如 2015），收到 " + value,
                    "year must be a four-digit year such as 2015, got " + value);
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
                    throw notTexts(field);
                }
                values.add(item.asText().strip());
            }
        } else {
            throw notTexts(field);
        }
        List<String> kept = values.stream().filter(v -> !v.isEmpty()).distinct().toList();
        if (kept.stream().anyMatch(v -> v.length() > MAX_TEXT)) {
            throw ApiError.badRequest(field + " 的每一项不能超过 " + MAX_TEXT + " 字",
                    field + " values must be at most " + MAX_TEXT + " characters");
        }
        return Optional.of(kept);
    }

    private static ApiError notTexts(String field) {
        return ApiError.badRequest(field + " 应为文本或文本列表", field + " must be a text or a list of texts");
    }
}
