package fanwen.server.json;

import java.util.List;

import fanwen.model.DocumentView;
import fanwen.model.OfficialElements;

/**
 * Answer of {@code GET /api/v1/documents/{id}}: metadata, the 公文 elements (each null, or an empty list, when the
 * document does not have it; {@code issuer} is the lead organ of {@code issuers}), the outline as a heading tree
 * (each heading with the id of the first passage under it), keywords, summary and the full text. All strings are
 * plain text.
 */
public record DocumentJson(String id, String title, String source, String type, Integer year, String date,
                           String unit, List<String> units, List<String> tags, List<String> places, String mediaType,
                           int chars, int passageCount, String indexedAt, String docNumber, String issuer,
                           List<String> issuers, String signer, String recipients, String cc, String securityLevel,
                           String urgency, String copyNumber, List<String> attachments, String printedBy,
                           String printedDate, List<String> keywords, String summary, List<OutlineJson> outline,
                           String text) {

    /** One heading and the headings below it. */
    public record OutlineJson(String text, int level, int start, int end, String passageId,
                              List<OutlineJson> children) {

        static OutlineJson of(DocumentView.OutlineNode node) {
            return new OutlineJson(node.text(), node.level(), node.start(), node.end(), node.passageId().orElse(null),
                    node.children().stream().map(OutlineJson::of).toList());
        }
    }

    public static DocumentJson of(DocumentView d) {
        OfficialElements o = d.official();
        return new DocumentJson(d.id(), d.title(), d.source(), d.type(), d.year().orElse(null), d.date().orElse(null),
                d.units().isEmpty() ? null : d.units().get(0), d.units(), d.tags(), d.places(), d.mediaType(),
                d.chars(), d.passageCount(), d.indexedAt(), o.docNumber().orElse(null), o.issuer().orElse(null),
                o.issuers(), o.signer().orElse(null), o.recipients().orElse(null), o.cc().orElse(null),
                o.securityLevel().orElse(null), o.urgency().orElse(null), o.copyNumber().orElse(null),
                o.attachments(), o.printedBy().orElse(null), o.printedDate().map(Object::toString).orElse(null),
                d.keywords(), d.summary(), d.outline().stream().map(OutlineJson::of).toList(), d.text());
    }
}
