package fanwen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fanwen.model.DocumentView;
import fanwen.structure.Heading;

/**
 * A document's outline as stores keep it — a flat JSON list {@code [{level, text, start, end, passage}]} — and back
 * as the heading tree a {@link DocumentView} shows, nested by level.
 */
public final class OutlineJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutlineJson() {
    }

    /** The flat list of {@code outline}, as JSON. */
    public static String write(List<Heading> outline) {
        List<Map<String, Object>> entries = new ArrayList<>(outline.size());
        for (Heading h : outline) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("level", h.level());
            entry.put("text", h.text());
            entry.put("start", h.start());
            entry.put("end", h.end());
            entry.put("passage", h.firstPassage());
            entries.add(entry);
        }
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outline of plain strings and ints always serialises", e);
        }
    }

    /** The heading tree of document {@code docId} from its stored flat list (none for null or blank). */
    public static List<DocumentView.OutlineNode> read(String docId, String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode entries;
        try {
            entries = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored outline that is not JSON: " + json, e);
        }
        List<Mutable> roots = new ArrayList<>();
        Deque<Mutable> open = new ArrayDeque<>();
        for (JsonNode entry : entries) {
            int passage = entry.path("passage").asInt(-1);
            Mutable node = new Mutable(entry.path("text").asText(), entry.path("level").asInt(1),
                    entry.path("start").asInt(), entry.path("end").asInt(),
                    passage < 0 ? Optional.empty() : Optional.of(docId + "-" + passage));
            while (!open.isEmpty() && open.peek().level >= node.level) {
                open.pop();
            }
            (open.isEmpty() ? roots : open.peek().children).add(node);
            open.push(node);
        }
        return roots.stream().map(Mutable::freeze).toList();
    }

    private static final class Mutable {
        final String text;
        final int level;
        final int start;
        final int end;
        final Optional<String> passageId;
        final List<Mutable> children = new ArrayList<>();

        Mutable(String text, int level, int start, int end, Optional<String> passageId) {
            this.text = text;
            this.level = level;
            this.start = start;
            this.end = end;
            this.passageId = passageId;
        }

        DocumentView.OutlineNode freeze() {
            return new DocumentView.OutlineNode(text, level, start, end, passageId,
                    children.stream().map(Mutable::freeze).toList());
        }
    }
}
