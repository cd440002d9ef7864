package fanwen.server.json;

import java.util.List;

import fanwen.model.PassageHit;
import fanwen.model.SimilarPassage;

/** A similar passage: the fields of a passage hit plus {@code similarity} in [0,1] and {@code near_duplicate}. */
public record SimilarPassageJson(String docId, String passageId, String title, String source,
                                 List<String> headingPath, String text, String snippet, double score, int start,
                                 int end, double similarity, boolean nearDuplicate) {

    public static SimilarPassageJson of(SimilarPassage similar) {
        PassageHit hit = similar.hit();
        return new SimilarPassageJson(hit.docId(), hit.passageId(), hit.title(), hit.source(), hit.headingPath(),
                hit.text(), hit.snippet().html(), hit.score(), hit.start(), hit.end(), similar.similarity(),
                similar.nearDuplicate());
    }
}
