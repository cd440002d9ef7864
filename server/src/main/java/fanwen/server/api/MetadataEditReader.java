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
            throw ApiError.badRequest("请求体应为 JSON 对象，例如 {\"type\":\"总结\",\"year\":2015}",
                    "the body must be a JSON object: " + TextBody.problem(e));
        }
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw ApiError.badRequest("请在 JSON 对象中至少给出 title、type、unit、year、tags 中的一项",
                    "give at least one of title, type, unit, year, tags as a JSON object");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw ApiError.badRequest("不能修改字段 '" + name + "'：可修改的字段有 title、type、unit、year、tags",
                        "unknown field '" + name + "': editable are title, type, unit, year, tags");
            }
        });
        Optional<String> type = text(node, "type");
        type.ifPresent(MetadataEditReader::requireKnownType);
        return new MetadataEdit(text(node, "title"), type, year(node), list(node, "unit"), list(node, "tags"));
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
