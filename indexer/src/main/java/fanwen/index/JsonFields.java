package fanwen.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the fields of the JSON the library keeps (stored 公文 elements, declared metadata, metadata edits). */
public final class JsonFields {

    private JsonFields() {
    }

    /** The text of {@code field}, if it is there and not null. */
    public static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    /** The texts of the array {@code field}; none when it is missing. */
    public static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
