package fanwen.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fanwen.model.OfficialElements;

/**
 * The metadata of a document that users filter by and may correct: what the structure stage inferred,
 * overridden by a corpus manifest, overridden in turn by the user's own edits.
 *
 * @param title the title shown in results
 * @param type  the document type label, e.g. 总结 (see {@code fanwen.model.DocumentType})
 * @param year  the year the document belongs to
 * @param date  the document's date
 * @param units issuing units
 * @param tags  free user tags
 * @param official the 公文 elements (文号, 发文机关 …), as found or declared
 */
public record DocumentMetadata(String title, String type, Optional<Integer> year, Optional<LocalDate> date,
                               List<String> units, List<String> tags, OfficialElements official) {
    public DocumentMetadata {
        units = List.copyOf(units);
        tags = List.copyOf(tags);
    }
}
