package fanwen.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fanwen.model.DocumentType;
import fanwen.model.OfficialElements;

/**
 * Everything {@link DocumentStructurer} infers from a document's text: the outline and passages, and the
 * metadata a user can later correct.
 *
 * @param title    the inferred title, never blank
 * @param type     the inferred document type
 * @param date     the document's date (e.g. of the speech or signature), if one was found
 * @param year     the year of {@code date}, or of the period the document covers, if one was found
 * @param units    issuing units (organisations), most likely first
 * @param places   places the document is about, most frequent first
 * @param keywords up to ten key words or phrases, most important first
 * @param summary  two or three sentences taken from the document
 * @param outline  the headings in document order
 * @param passages the passages in document order; together they cover all non-heading text
 * @param official the 公文 elements found in its first and last lines (文号, 发文机关, 签发人 …)
 */
public record StructuredDocument(String title, DocumentType type, Optional<LocalDate> date, Optional<Integer> year,
                                 List<String> units, List<String> places, List<String> keywords, String summary,
                                 List<Heading> outline, List<Passage> passages, OfficialElements official) {
    public StructuredDocument {
        units = List.copyOf(units);
        places = List.copyOf(places);
        keywords = List.copyOf(keywords);
        outline = List.copyOf(outline);
        passages = List.copyOf(passages);
    }
}
