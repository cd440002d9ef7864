package fanwen.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fanwen.model.DeclaredMetadata;

/**
 * A folder's {@code manifest.jsonl}: one JSON object per line declaring metadata for one file, e.g.
 * {@code {"path":"seed/01_x.txt","title":"…","type":"总结","year":2015,"unit":"…","date":"2015-12-01","tags":["…"]}}.
 * {@code path} is relative to the manifest's folder; every other key is optional; unknown keys are ignored.
 * A malformed line is skipped (and counted), never fatal.
 */
public final class Manifest {

    /** The file name that marks a manifest. */
    public static final String FILE_NAME = "manifest.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Manifest.class);

    private final Map<Path, DeclaredMetadata> entries;

    private Manifest(Map<Path, DeclaredMetadata> entries) {
        this.entries = entries;
    }

    /** The manifest in {@code folder}, or an empty one if there is none or it cannot be read. */
    public static Manifest readOrEmpty(Path folder) {
        try {
            return of(folder);
        } catch (IOException e) {
            return new Manifest(new HashMap<>());
        }
    }

    /** The manifest in {@code folder}, or an empty one if there is none. */
    public static Manifest of(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Map<Path, DeclaredMetadata> entries = new HashMap<>();
        int malformed = 0;
        if (!Files.isRegularFile(file)) {
            return new Manifest(entries);
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    String path = node.path("path").asText("");
                    if (path.isEmpty()) {
                        malformed++;
                        continue;
                    }
                    entries.put(folder.resolve(path).toAbsolutePath().normalize(), parse(node));
                } catch (IOException | RuntimeException e) {
                    malformed++;
                }
            }
        }
        if (malformed > 0) {
            LOG.warn("{}: {} line(s) could not be read and were ignored", file, malformed);
        }
        return new Manifest(entries);
    }

    private static DeclaredMetadata parse(JsonNode node) {
        Optional<Integer> year = node.hasNonNull("year") && node.get("year").canConvertToInt()
                ? Optional.of(node.get("year").asInt())
                : text(node, "year").flatMap(Manifest::parseYear);
        return new DeclaredMetadata(text(node, "title"), text(node, "type"), year,
                text(node, "date").flatMap(Manifest::parseDate), list(node, "unit"), list(node, "tags"));
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || !value.isValueNode() || value.asText().isBlank()
                ? Optional.empty() : Optional.of(value.asText().strip());
    }

    private static List<String> list(JsonNode node, String key) {
        JsonNode value = node.get(key);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            value.forEach(v -> {
                if (v.isValueNode() && !v.asText().isBlank()) {
                    out.add(v.asText().strip());
                }
            });
        } else if (value.isValueNode() && !value.asText().isBlank()) {
            out.add(value.asText().strip());
        }
        return out;
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The metadata declared for {@code file}, or {@link DeclaredMetadata#NONE}. */
    public DeclaredMetadata lookup(Path file) {
        return entries.getOrDefault(file.toAbsolutePath().normalize(), DeclaredMetadata.NONE);
    }

}
