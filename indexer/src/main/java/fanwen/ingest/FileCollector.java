package fanwen.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import fanwen.extract.FileNames;
import fanwen.model.DeclaredMetadata;
import fanwen.model.FileBatch;
import fanwen.model.IngestResult;
import fanwen.model.SourceFile;

/**
 * Expands the paths given on a command line into the files to ingest. A file named explicitly is always
 * taken (an unsupported one then fails with a clear message); inside folders, only files with a supported
 * extension are taken, hidden files and manifests are passed over, and the rest are counted as skipped.
 * Manifests ({@link Manifest}) in the folder of a file or any folder above it declare metadata for it;
 * the nearest one that lists the file wins. A {@value #IGNORE_FILE} file in the folder
 * named on the command line lists paths (one per line, relative to it, e.g. {@code dict/}) to pass over.
 * A path that does not exist or a folder that cannot be read is reported, never fatal: the rest goes on.
 */
public final class FileCollector {

    /** Name of the file listing paths of a folder tree that are not documents. */
    public static final String IGNORE_FILE = ".fanwenignore";

    private final Set<String> supportedExtensions;

    public FileCollector(Set<String> supportedExtensions) {
        this.supportedExtensions = supportedExtensions;
    }

    /**
     * The files found, in a stable order; the files passed over for their extension; and the paths that
     * could not be read, as results of status FAILED.
     */
    public FileBatch collect(List<Path> paths) {
        List<SourceFile> files = new ArrayList<>();
        ManifestCache manifests = new ManifestCache();
        List<Path> skipped = new ArrayList<>();
        List<IngestResult> unreadable = new ArrayList<>();
        for (Path given : paths) {
            Path root = given.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                walk(root, manifests, files, skipped, unreadable);
            } else if (Files.exists(root)) {
                files.add(SourceFile.onDisk(root, root.getFileName().toString(), manifests.lookup(root)));
            } else {
                unreadable.add(IngestResult.failed(given.toString(), "文件或文件夹不存在 (no such file or folder)", 0));
            }
        }
        return new FileBatch(files, skipped, unreadable);
    }

    private void walk(Path root, ManifestCache manifests, List<SourceFile> out, List<Path> skipped,
                      List<IngestResult> unreadable) {
        List<Path> all = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        all.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(IngestResult.failed(root.relativize(file).toString(),
                            "无法读取 (cannot read): " + e.getMessage(), 0));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(IngestResult.failed(root.toString(), "无法读取 (cannot read): " + e.getMessage(), 0));
        }
        all.sort(Comparator.comparing(Path::toString));
        List<String> ignored = ignoredPrefixes(root);
        for (Path file : all) {
            String name = file.getFileName().toString();
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (isHidden(root, file) || name.equals(Manifest.FILE_NAME)
                    || ignored.stream().anyMatch(relative::startsWith)) {
                continue;
            }
            if (!supportedExtensions.contains(FileNames.extension(name))) {
                skipped.add(file);
                continue;
            }
            out.add(SourceFile.onDisk(file, relative, manifests.lookup(file)));
        }
    }

    private static List<String> ignoredPrefixes(Path root) {
        Path file = root.resolve(IGNORE_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Manifests of the folders above files, read once each; the nearest one declaring a file wins. */
    private static final class ManifestCache {
        private final java.util.Map<Path, Manifest> byFolder = new java.util.HashMap<>();

        DeclaredMetadata lookup(Path file) {
            DeclaredMetadata found = DeclaredMetadata.NONE;
            for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
                Manifest manifest = byFolder.get(folder);
                if (manifest == null) {
                    manifest = Manifest.readOrEmpty(folder);
                    byFolder.put(folder, manifest);
                }
                found = found.orElse(manifest.lookup(file));
            }
            return found;
        }
    }
}
