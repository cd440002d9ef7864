package fanwen.server.json;

import java.util.List;

/** Answer of {@code GET /api/v1/suggest}: completions, {@code kind} {@code keyword} or {@code title}. */
public record SuggestResponse(List<Suggestion> suggestions) {

    /** One completion. */
    public record Suggestion(String text, String kind) {
    }
}
