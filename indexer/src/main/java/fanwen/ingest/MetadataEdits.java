package fanwen.ingest;

import static fanwen.index.JsonFields.text;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.index.AtomicFile;
import fanwen.index.OfficialElementsJson;
import fanwen.model.MetadataEdit;

/**
 * The user's metadata edits, kept as {@code DATA/metadata/<id>.json} (only the edited parts), so that a
 * document re-indexed from its original — after a rebuild of the index, or a change of the analysis — keeps
 * them. Writes are atomic and synced. Ids are validated, so no id can name a path outside the folder.
 */
public final class MetadataEdits {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    /** Ids with an edit, so that ingesting a folder costs nothing extra while there are no edits. */
    private final Set<String> edited = ConcurrentHashMap.newKeySet();

    public MetadataEdits(Path folder) throws IOException {
        this.folder = folder;
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    edited.add(name.substring(0, name.length() - ".json".length()));
                }
            }
        }
    }

    /** True when no document has been edited. */
    public boolean isEmpty() {
        return edited.isEmpty();
    }

    /** The stored edit of document {@code id}, if any. */
    public Optional<MetadataEdit> find(String id) throws IOException {
        if (!edited.contains(id) || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = pathOf(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode node = JSON.readTree(file.toFile());
        return Optional.of(new MetadataEdit(text(node, "title"), text(node, "type"),
                node.hasNonNull("year") ? Optional.of(node.get("year").asInt()) : Optional.empty(),
                list(node, "units"), list(node, "tags"), OfficialElementsJson.read(node)));
    }

    /** Stores {@code edit} as the whole edit of document {@code id}, replacing an earlier one. */
    public void save(String id, MetadataEdit edit) throws IOException {
        ObjectNode json = JSON.createObjectNode();
        edit.title().ifPresent(v -> json.put("title", v));
        edit.type().ifPresent(v -> json.put("type", v));
        edit.year().ifPresent(v -> json.put("year", v));
        edit.units().ifPresent(v -> v.forEach(json.putArray("units")::add));
        edit.tags().ifPresent(v -> v.forEach(json.putArray("tags")::add));
        OfficialElementsJson.write(json, edit.official());
        AtomicFile.write(pathOf(id), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        edited.add(id);
    }

    /** Forgets the edit of document {@code id} (when the document is deleted). */
    public void delete(String id) throws IOException {
        if (ID.matcher(id).matches()) {
            Files.deleteIfExists(pathOf(id));
        }
        edited.remove(id);
    }

    private Path pathOf(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a document id: " + id);
        }
        return folder.resolve(id + ".json");
    }

    private static Optional<List<String>> list(JsonNode node, String field) {
        if (!node.has(field) || !node.get(field).isArray()) {
            return Optional.empty();
        }
        return Optional.of(java.util.stream.StreamSupport.stream(node.get(field).spliterator(), false)
                .map(JsonNode::asText).toList());
    }
}
