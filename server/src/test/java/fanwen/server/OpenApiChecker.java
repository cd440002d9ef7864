package fanwen.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks real answers against the schemas of the bundled OpenAPI description: {@code $ref}, {@code type}
 * (with the 3.1 list form for nullable), {@code required}, {@code properties},
 * {@code additionalProperties} (as a schema), {@code items}, {@code enum}, {@code minimum}/{@code maximum},
 * {@code oneOf}. Objects with {@code properties} are closed: a field the description does not name is a
 * problem too, so the description cannot drift from the answers either way.
 */
final class OpenApiChecker {

    final JsonNode spec;

    OpenApiChecker() {
        try (InputStream in = OpenApiChecker.class.getResourceAsStream("/fanwen/server/openapi.json")) {
            spec = Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of {@code body} as the answer {@code status} of {@code method path}; empty if it conforms. */
    List<String> check(String method, String path, int status, JsonNode body) {
        JsonNode operation = spec.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of("no operation " + method + " " + path + " in openapi.json");
        }
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.has("$ref")) {
            response = resolve(response.get("$ref").asText());
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return List.of("no JSON response " + status + " for " + method + " " + path + " in openapi.json");
        }
        List<String> problems = new ArrayList<>();
        validate(schema, body, "$", problems);
        return problems;
    }

    /** An operation of the description: its method, its path template and its {@code operationId}. */
    record Operation(String method, String path, String id) {
    }

    /** Every operation of the description. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        method.getValue().path("operationId").asText(null)))));
        return operations;
    }

    /** The operation answering {@code method} on a concrete path such as {@code /api/v1/documents/0a1b/similar}. */
    Optional<Operation> operation(String method, String concretePath) {
        return operations().stream()
                .filter(o -> o.method().equalsIgnoreCase(method))
                .filter(o -> concretePath.matches(o.path().replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\.")))
                .findFirst();
    }

    private void validate(JsonNode schema, JsonNode value, String where, List<String> problems) {
        if (schema.has("$ref")) {
            validate(resolve(schema.get("$ref").asText()), value, where, problems);
            return;
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                List<String> attempt = new ArrayList<>();
                validate(option, value, where, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(where + ": matches none of oneOf");
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(where + ": expected " + schema.get("type") + ", got " + value.getNodeType() + " " + value);
            return;
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            if (!found) {
                problems.add(where + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                problems.add(where + ": " + value + " below minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                problems.add(where + ": " + value + " above maximum " + schema.get("maximum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(where + ": missing required field '" + required.asText() + "'");
                }
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (properties.has(name)) {
                    validate(properties.get(name), value.get(name), where + "." + name, problems);
                } else if (schema.path("additionalProperties").isObject()) {
                    validate(schema.get("additionalProperties"), value.get(name), where + "." + name, problems);
                } else if (properties.isObject()) {
                    problems.add(where + ": field '" + name + "' is not in the description");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.get("items"), value.get(i), where + "[" + i + "]", problems);
            }
        }
    }

    JsonNode resolve(String ref) {
        JsonNode node = spec;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        if (node.isMissingNode()) {
            throw new AssertionError("dangling $ref " + ref);
        }
        return node;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
