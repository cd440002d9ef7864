package fanwen.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders an index moves through when a rebuilt one takes its place ({@link FanwenIndex#replaceWith}): the
 * old folder is moved aside to {@code <index>.replaced}, the rebuilt one moved in, the old one deleted. After a
 * crash in the middle, {@link #recover} finishes or undoes the move, and drops a rebuild that never finished.
 */
public final class IndexFolders {

    private IndexFolders() {
    }

    /** Where {@code index} is moved while a rebuilt index takes its place. */
    static Path replaced(Path index) {
        return index.resolveSibling(index.getFileName() + ".replaced");
    }

    /**
     * Leaves {@code index} as the one index of the folder after a crash: a rebuilt index (at {@code rebuild})
     * that was being moved in is moved in; an old index moved aside with nothing complete to replace it is moved
     * back; a rebuild that never finished and an old index left aside are deleted.
     */
    public static void recover(Path index, Path rebuild) throws IOException {
        Path aside = replaced(index);
        if (!Files.exists(index) && Files.exists(aside)) {
            boolean rebuilt = FanwenIndex.versionOf(rebuild).filter(v -> v == Schema.VERSION).isPresent();
            Files.move(rebuilt ? rebuild : aside, index);
        }
        deleteTree(aside);
        deleteTree(rebuild);
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
