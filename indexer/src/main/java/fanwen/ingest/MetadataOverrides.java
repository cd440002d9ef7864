package fanwen.ingest;

import java.io.IOException;

/**
 * Metadata that must win over whatever a file declares — the user's stored edits of a document — looked
 * up by document id once the id of a file is known.
 */
@FunctionalInterface
public interface MetadataOverrides {

    /** {@code declared} with the overrides for document {@code id} applied on top. */
    DeclaredMetadata apply(String id, DeclaredMetadata declared) throws IOException;

    /** No overrides. */
    MetadataOverrides NONE = (id, declared) -> declared;
}
