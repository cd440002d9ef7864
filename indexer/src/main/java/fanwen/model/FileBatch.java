package fanwen.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The files found under the paths a user gave, ready to ingest.
 *
 * @param files      the files to ingest, with their names and declared metadata
 * @param skipped    files passed over (not a supported format, or ignored by a {@code .fanwenignore})
 * @param unreadable paths that could not be read, each as a failed result
 */
public record FileBatch(List<SourceFile> files, List<Path> skipped, List<IngestResult> unreadable) {

    public FileBatch {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        unreadable = List.copyOf(unreadable);
    }
}
