package fanwen.server.json;

import java.util.List;

import fanwen.model.PassageHit;

/**
 * A passage in a result list: its text (plain), a highlighted {@code snippet} (HTML, only {@code <mark>}),
 * its heading path and its char range {@code start}..{@code end} in the document text.
 */
public record PassageHitJson(String docId, String passageId, String title, String source, List<String> headingPath,
                             String text, String snippet, double score, int start, int end) {

    public static PassageHitJson of(PassageHit hit) {
        return new PassageHitJson(hit.docId(), hit.passageId(), hit.title(), hit.source(), hit.headingPath(),
                hit.text(), hit.snippet().html(), hit.score(), hit.start(), hit.end());
    }
}
