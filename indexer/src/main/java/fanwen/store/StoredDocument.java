package fanwen.store;

import java.util.List;
import java.util.Optional;

/**
 * What a store keeps of a document to index it again from its original — with the metadata declared for it, or,
 * for a document indexed before that was kept, the metadata it has now — and to serve the original.
 *
 * @param declared the declared metadata as the ingest stage wrote it (JSON), if kept
 * @param year     the year it has now; {@code dateText} its date (ISO), if any
 */
public record StoredDocument(String id, String originalHash, String source, Optional<String> origin,
                             String mediaType, Optional<String> declared, Optional<String> title,
                             Optional<String> type, Optional<Integer> year, Optional<String> dateText,
                             List<String> units, List<String> tags) {

    public StoredDocument {
        units = List.copyOf(units);
        tags = List.copyOf(tags);
    }

    /** The file name of the original: the last part of its source path ({@code id} if none). */
    public String fileName() {
        String name = source == null ? "" : source.substring(source.replace('\\', '/').lastIndexOf('/') + 1);
        return name.isEmpty() ? id : name;
    }
}
