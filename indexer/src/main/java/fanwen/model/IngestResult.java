package fanwen.model;

import java.util.Optional;

/**
 * The outcome for one file.
 *
 * @param source      the file's name, or its path relative to the folder that was indexed
 * @param status      what happened
 * @param id          the document id (for INDEXED and UNCHANGED: this file's; for DUPLICATE: this file's own id,
 *                    which is {@code duplicateOf} when the bytes are the same)
 * @param duplicateOf for DUPLICATE: the id of the document already holding these bytes or this text
 * @param replaced    for INDEXED: the id of the earlier version of the same file, now deleted
 * @param error       for FAILED: a message the user can act on, in Chinese
 * @param detail      for FAILED: the library's own words on the failure, if any (for whoever looks into it)
 * @param bytes       size of the file
 * @param chars       extracted characters (0 unless INDEXED)
 */
public record IngestResult(String source, IngestStatus status, Optional<String> id, Optional<String> duplicateOf,
                           Optional<String> replaced, Optional<String> error, Optional<String> detail, long bytes,
                           long chars) {

    public static IngestResult indexed(String source, String id, Optional<String> replaced, long bytes, long chars) {
        return new IngestResult(source, IngestStatus.INDEXED, Optional.of(id), Optional.empty(), replaced,
                Optional.empty(), Optional.empty(), bytes, chars);
    }

    public static IngestResult unchanged(String source, String id, long bytes) {
        return new IngestResult(source, IngestStatus.UNCHANGED, Optional.of(id), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), bytes, 0);
    }

    public static IngestResult duplicate(String source, String id, String duplicateOf, long bytes) {
        return new IngestResult(source, IngestStatus.DUPLICATE, Optional.of(id), Optional.of(duplicateOf),
                Optional.empty(), Optional.empty(), Optional.empty(), bytes, 0);
    }

    /** This outcome for another file with the same bytes: the same failure, or a duplicate of the same document. */
    public IngestResult forCopy(String copySource, long copyBytes) {
        return new IngestResult(copySource, status, id, duplicateOf, Optional.empty(), error, detail, copyBytes, 0);
    }

    /** A file that could not be ingested, with a message the user can act on. */
    public static IngestResult failed(String source, String error, long bytes) {
        return failed(source, error, "", bytes);
    }

    /** A file that could not be ingested: a message the user can act on, and the library's words, if any. */
    public static IngestResult failed(String source, String error, String detail, long bytes) {
        return new IngestResult(source, IngestStatus.FAILED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(error), Optional.of(detail).filter(d -> !d.isBlank()), bytes, 0);
    }
}
