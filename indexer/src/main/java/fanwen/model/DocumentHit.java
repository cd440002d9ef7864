package fanwen.model;

import java.util.List;
import java.util.Optional;

/** One document in a result list. */
public record DocumentHit(String id, String title, String source, String type, Optional<Integer> year,
                          Optional<String> date, List<String> units, float score, List<Snippet> snippets,
                          List<String> keywords) {
    public DocumentHit {
        units = List.copyOf(units);
        snippets = List.copyOf(snippets);
        keywords = List.copyOf(keywords);
    }
}
