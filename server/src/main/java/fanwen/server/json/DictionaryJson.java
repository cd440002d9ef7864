package fanwen.server.json;

import java.util.List;

/** Body and answer of {@code GET/PUT /api/v1/dictionary}: the terms of the user dictionary, in their order. */
public record DictionaryJson(List<String> terms) {
}
