package fanwen.store;

import java.util.Map;

/**
 * How strongly items match a source's distinctive words, relative to the source's own match and clamped to
 * [0, 1], by item id; and those words with their weights, which snippets of the items mark.
 */
public record Topical(Map<String, Double> scores, Map<String, Float> words) {

    public Topical {
        scores = Map.copyOf(scores);
        words = Map.copyOf(words);
    }

    /** The score of item {@code id}; 0 if it matches none of the words. */
    public double of(String id) {
        return scores.getOrDefault(id, 0.0);
    }
}
