package fanwen.ingest;

import java.nio.file.Path;

/**
 * A file to ingest, the name it will be shown under, and the metadata a manifest or an upload gives it.
 *
 * @param path     where the bytes are
 * @param source   the name shown to users: file name, or path relative to the folder that was indexed
 * @param declared metadata declared for this file (manifest entry, upload form); may be empty
 */
public record SourceFile(Path path, String source, DeclaredMetadata declared) {
}
