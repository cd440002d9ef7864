package fanwen.ingest;

import java.io.IOException;

import fanwen.model.DeclaredMetadata;

/**
 * Metadata that must win over whatever a file declares — the user's stored edits of a document — looked
 * up by document id once the id of a file is known.
 */
public interface MetadataOverrides {

    /** {@code declared} with the overrides for document {@code id} applied on top. */
    DeclaredMetadata apply(String id, DeclaredMetadata declared) throws IOException;

    /**
     * Document {@code to} replaces document {@code from} (a changed file at the same place gets a new id):
     * the overrides of {@code from}, if any, move to {@code to}, replacing any {@code to} had (from an earlier
     * version with its content: A → B → A keeps the edits made on B).
     */
    void carryOver(String from, String to) throws IOException;

    /** No overrides. */
    MetadataOverrides NONE = new MetadataOverrides() {
        @Override
        public DeclaredMetadata apply(String id, DeclaredMetadata declared) {
            return declared;
        }

        @Override
        public void carryOver(String from, String to) {
        }
    };
}
