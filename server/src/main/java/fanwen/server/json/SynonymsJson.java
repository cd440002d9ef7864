package fanwen.server.json;

import java.util.List;

/**
 * Body and answer of {@code GET/PUT /api/v1/synonyms}: the user's groups of synonyms, each a list of words that can
 * replace each other.
 */
public record SynonymsJson(List<List<String>> groups) {
}
