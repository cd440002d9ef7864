package fanwen.model;

import java.util.List;

/**
 * One passage in a result list: the passage text, where it sits (heading path, char range in its
 * document) and a highlighted snippet of it.
 */
public record PassageHit(String docId, String passageId, String title, String source, List<String> headingPath,
                         String text, int start, int end, Snippet snippet, float score) {
    public PassageHit {
        headingPath = List.copyOf(headingPath);
    }
}
