package fanwen.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the original bytes of every indexed file under {@code DATA/originals/}, named by their content
 * hash, so they can be downloaded later and re-indexed when the analysis changes. Paths are built only
 * from validated hex hashes, so no request can reach outside the folder.
 *
 * <p>Files are written without waiting for the disk; {@link #sync()} makes everything written so far
 * durable and is called just before each index commit, so a committed document always has its original
 * (one batch of syncs per commit instead of one per file, which dominated bulk ingest).
 */
public final class OriginalsStore {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16,64}");

    private final Path folder;
    private final List<Path> unsynced = new ArrayList<>();

    public OriginalsStore(Path folder) {
        this.folder = folder;
    }

    /** Stores {@code file} under {@code hash} unless already there; durable after the next {@link #sync()}. */
    public void put(String hash, Path file) throws IOException {
        Path target = pathOf(hash);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), hash, ".part");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        synchronized (unsynced) {
            unsynced.add(target);
        }
    }

    /** Forces every original stored since the last call, and their folders, to disk. */
    public void sync() throws IOException {
        List<Path> files;
        synchronized (unsynced) {
            files = List.copyOf(unsynced);
            unsynced.clear();
        }
        for (Path file : files) {
            if (Files.exists(file)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        }
        for (Path dir : files.stream().map(Path::getParent).distinct().toList()) {
            try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException e) {
                // some platforms cannot open a folder for syncing; the files themselves are synced
            }
        }
    }

    /** The stored original with this hash, if present. */
    public Optional<Path> find(String hash) {
        if (!HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(hash);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes the original with this hash, if present. */
    public void delete(String hash) throws IOException {
        if (HASH.matcher(hash).matches()) {
            Files.deleteIfExists(pathOf(hash));
        }
    }

    private Path pathOf(String hash) {
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a content hash: " + hash);
        }
        return folder.resolve(hash.substring(0, 2)).resolve(hash);
    }
}
