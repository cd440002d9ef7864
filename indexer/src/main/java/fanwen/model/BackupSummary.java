package fanwen.model;

/**
 * What a backup holds, or what a restore brought back.
 *
 * @param documents     documents in the copied commit
 * @param originals     originals copied
 * @param edits         metadata edits copied
 * @param schemaVersion the version of the copied index (an older one is rebuilt when opened)
 */
public record BackupSummary(int documents, int originals, int edits, int schemaVersion) {
}
