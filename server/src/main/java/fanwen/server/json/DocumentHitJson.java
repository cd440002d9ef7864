package fanwen.server.json;

import java.util.List;

import fanwen.model.DocumentHit;
import fanwen.model.Snippet;

/**
 * A document in a result list. {@code snippets} are HTML (only {@code <mark>} is markup, everything else
 * escaped); every other string is plain text that a client must escape before putting it into HTML.
 *
 * @param unit  the first of {@code units}, or null: kept for v1 compatibility (deprecated in the description)
 * @param units every issuing unit, in order
 */
public record DocumentHitJson(String id, String title, String source, String type, Integer year, String date,
                              String unit, List<String> units, double score, List<String> snippets,
                              List<String> keywords) {

    public static DocumentHitJson of(DocumentHit hit) {
        return new DocumentHitJson(hit.id(), hit.title(), hit.source(), hit.type(), hit.year().orElse(null),
                hit.date().orElse(null), hit.units().isEmpty() ? null : hit.units().get(0), hit.units(),
                hit.score(), hit.snippets().stream().map(Snippet::html).toList(), hit.keywords());
    }
}
