package fanwen.server.json;

import java.util.List;

import fanwen.model.CheckMatch;
import fanwen.model.CheckReport;
import fanwen.model.CopiedSpan;

/**
 * Answer of {@code POST /api/v1/check}: the share of the draft found in the library, the passages it copies
 * from (largest share first) with the copied spans, and the draft text the offsets refer to.
 *
 * @param chars the draft's length in chars (UTF-16 units, as offsets count)
 */
public record CheckResponse(double ratio, int chars, String text, List<Match> matches) {

    /** One library passage the draft copies from. */
    public record Match(String docId, String title, String source, String passageId, double ratio, List<Span> spans) {
    }

    /** Draft offsets into {@code text}; source offsets into the source document's text. */
    public record Span(int draftStart, int draftEnd, int sourceStart, int sourceEnd) {
    }

    public static CheckResponse of(CheckReport report) {
        return new CheckResponse(report.ratio(), report.text().length(), report.text(),
                report.matches().stream().map(CheckResponse::match).toList());
    }

    private static Match match(CheckMatch m) {
        return new Match(m.docId(), m.title(), m.source(), m.passageId(), m.ratio(),
                m.spans().stream().map(CheckResponse::span).toList());
    }

    private static Span span(CopiedSpan s) {
        return new Span(s.draftStart(), s.draftEnd(), s.sourceStart(), s.sourceEnd());
    }
}
