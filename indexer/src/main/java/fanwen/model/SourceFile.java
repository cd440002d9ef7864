package fanwen.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to ingest, the name it will be shown under, and the metadata a manifest or an upload gives it.
 *
 * @param path     where the bytes are
 * @param source   the name shown to users: file name, or path relative to the folder that was indexed
 * @param origin   where the file lives for good (its absolute path, for files indexed from disk): a new
 *                 version of a file from the same origin replaces the old document. Empty for uploads,
 *                 whose names say nothing about identity.
 * @param declared metadata declared for this file (manifest entry, upload form); may be empty
 */
public record SourceFile(Path path, String source, Optional<String> origin, DeclaredMetadata declared) {

    /** A file known only by its name (an upload): never replaces another document. */
    public static SourceFile upload(Path path, String source, DeclaredMetadata declared) {
        return new SourceFile(path, source, Optional.empty(), declared);
    }

    /** A file on disk, identified by its absolute path. */
    public static SourceFile onDisk(Path path, String source, DeclaredMetadata declared) {
        return new SourceFile(path, source, Optional.of(path.toAbsolutePath().normalize().toString()), declared);
    }
}
