package fanwen.ingest;

import static fanwen.index.JsonFields.text;
import static fanwen.index.JsonFields.texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.index.OfficialElementsJson;
import fanwen.model.DeclaredMetadata;

/**
 * Declared metadata as the small JSON object the index stores beside a document (absent parts left out), so that a
 * rebuild from the originals declares again what was declared at ingest.
 */
final class DeclaredMetadataJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeclaredMetadataJson() {
    }

    static String write(DeclaredMetadata declared) {
        ObjectNode node = JSON.createObjectNode();
        declared.title().ifPresent(t -> node.put("title", t));
        declared.type().ifPresent(t -> node.put("type", t));
        declared.year().ifPresent(y -> node.put("year", y));
        declared.date().ifPresent(d -> node.put("date", d.toString()));
        if (!declared.units().isEmpty()) {
            declared.units().forEach(node.putArray("units")::add);
        }
        if (!declared.tags().isEmpty()) {
            declared.tags().forEach(node.putArray("tags")::add);
        }
        OfficialElementsJson.write(node, declared.official());
        return node.toString();
    }

    static DeclaredMetadata read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new DeclaredMetadata(text(node, "title"), text(node, "type"),
                    node.has("year") ? Optional.of(node.get("year").asInt()) : Optional.empty(),
                    text(node, "date").map(LocalDate::parse), texts(node, "units"), texts(node, "tags"),
                    OfficialElementsJson.read(node));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable declared metadata: " + json, e);
        }
    }
}
