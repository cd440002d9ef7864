package fanwen.server.json;

import java.util.List;

import fanwen.model.DocumentHit;
import fanwen.model.SimilarDocument;
import fanwen.model.Snippet;

/**
 * A similar document: the fields of a search hit ({@code unit} the first of {@code units}, as there) plus
 * {@code similarity} in [0,1] and {@code near_duplicate}.
 */
public record SimilarDocumentJson(String id, String title, String source, String type, Integer year, String date,
                                  String unit, List<String> units, double score, List<String> snippets,
                                  List<String> keywords, double similarity, boolean nearDuplicate) {

    public static SimilarDocumentJson of(SimilarDocument similar) {
        DocumentHit hit = similar.hit();
        return new SimilarDocumentJson(hit.id(), hit.title(), hit.source(), hit.type(), hit.year().orElse(null),
                hit.date().orElse(null), hit.units().isEmpty() ? null : hit.units().get(0), hit.units(),
                hit.score(), hit.snippets().stream().map(Snippet::html).toList(), hit.keywords(),
                similar.similarity(), similar.nearDuplicate());
    }
}
