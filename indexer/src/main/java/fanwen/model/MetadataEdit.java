package fanwen.model;

import java.util.List;
import java.util.Optional;

/**
 * A user's correction of a document's metadata: each part present replaces what was inferred or declared,
 * each part absent leaves it alone. Edits survive re-indexing (see {@link MetadataEdits}).
 *
 * @param title the title
 * @param type  the document type label, e.g. 总结
 * @param year  the year the document belongs to
 * @param units the issuing units
 * @param tags  free tags
 * @param official the 公文 elements corrected (each one present replaces what was found)
 */
public record MetadataEdit(Optional<String> title, Optional<String> type, Optional<Integer> year,
                           Optional<List<String>> units, Optional<List<String>> tags, OfficialElements official) {

    public MetadataEdit {
        units = units.map(List::copyOf);
        tags = tags.map(List::copyOf);
    }

    /** An edit of none of the 公文 elements. */
    public MetadataEdit(Optional<String> title, Optional<String> type, Optional<Integer> year,
                        Optional<List<String>> units, Optional<List<String>> tags) {
        this(title, type, year, units, tags, OfficialElements.NONE);
    }

    /** No edit at all. */
    public static final MetadataEdit NONE = new MetadataEdit(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** This edit made on top of an {@code earlier} one: parts given here win. */
    public MetadataEdit over(MetadataEdit earlier) {
        return new MetadataEdit(title.or(earlier::title), type.or(earlier::type), year.or(earlier::year),
                units.or(earlier::units), tags.or(earlier::tags), official.orElse(earlier.official));
    }

    /** {@code declared} with the parts of this edit replacing its own. */
    public DeclaredMetadata over(DeclaredMetadata declared) {
        return new DeclaredMetadata(title.or(declared::title), type.or(declared::type), year.or(declared::year),
                declared.date(), units.orElse(declared.units()),
                tags.orElse(declared.tags()), official.orElse(declared.official()));
    }
}
