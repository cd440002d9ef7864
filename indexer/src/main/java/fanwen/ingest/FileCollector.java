package fanwen.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on a command line into the files to ingest. A file named explicitly is always
 * taken (an unsupported one then fails with a clear message); inside folders, only files with a supported
 * extension are taken, hidden files and manifests are passed over, and the rest are counted as skipped.
 * Manifests ({@link Manifest}) in the folder of a file or any folder above it declare metadata for it;
 * the nearest one that lists the file wins. A {@value #IGNORE_FILE} file in the folder
 * named on the command line lists paths (one per line, relative to it, e.g. {@code dict/}) to pass over.
 */
public final class FileCollector {

    /** Name of the file listing paths of a folder tree that are not documents. */
    public static final String IGNORE_FILE = ".fanwenignore";

    private final Set<String> supportedExtensions;

    public FileCollector(Set<String> supportedExtensions) {
        this.supportedExtensions = supportedExtensions;
    }

    /** The files found, in a stable order, and the files passed over for their extension. */
    public record Collected(List<SourceFile> files, List<Path> skipped) {
    }

    public Collected collect(List<Path> paths) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        ManifestCache manifests = new ManifestCache();
        List<Path> skipped = new ArrayList<>();
        for (Path given : paths) {
            Path root = given.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                walk(root, manifests, files, skipped);
            } else if (Files.exists(root)) {
                files.add(new SourceFile(root, root.getFileName().toString(), manifests.lookup(root)));
            } else {
                throw new IOException("no such file or folder: " + given);
            }
        }
        return new Collected(files, skipped);
    }

    private void walk(Path root, ManifestCache manifests, List<SourceFile> out, List<Path> skipped)
            throws IOException {
        List<Path> all;
        try (Stream<Path> stream = Files.walk(root)) {
            all = stream.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<String> ignored = ignoredPrefixes(root);
        for (Path file : all) {
            String name = file.getFileName().toString();
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (isHidden(root, file) || name.equals(Manifest.FILE_NAME)
                    || ignored.stream().anyMatch(relative::startsWith)) {
                continue;
            }
            if (!supportedExtensions.contains(extension(name))) {
                skipped.add(file);
                continue;
            }
            out.add(new SourceFile(file, relative, manifests.lookup(file)));
        }
    }

    private static List<String> ignoredPrefixes(Path root) throws IOException {
        Path file = root.resolve(IGNORE_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case extension of a file name without the dot, or "" if none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Manifests of the folders above files, read once each; the nearest one declaring a file wins. */
    private static final class ManifestCache {
        private final java.util.Map<Path, Manifest> byFolder = new java.util.HashMap<>();

        DeclaredMetadata lookup(Path file) throws IOException {
            DeclaredMetadata found = DeclaredMetadata.NONE;
            for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
                Manifest manifest = byFolder.get(folder);
                if (manifest == null) {
                    manifest = Manifest.of(folder);
                    byFolder.put(folder, manifest);
                }
                found = found.orElse(manifest.lookup(file));
            }
            return found;
        }
    }
}
