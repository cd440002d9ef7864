package fanwen.model;

/** What became of one file offered for indexing. */
public enum IngestStatus {
    /** Extracted, structured and written to the index. */
    INDEXED,
    /** The very same file (same bytes, same origin) is already indexed: nothing was done. */
    UNCHANGED,
    /** Another file (other origin, or an upload) with the same bytes or the same text is indexed: not stored twice. */
    DUPLICATE,
    /** The file could not be indexed; the error says why. */
    FAILED
}
