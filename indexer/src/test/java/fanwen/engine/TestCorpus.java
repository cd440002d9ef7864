package fanwen.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import fanwen.model.DataFolder;

/** Where tests find the bundled corpus of the repository (the module's working directory is its folder). */
public final class TestCorpus {

    private TestCorpus() {
    }

    public static Path root() {
        for (Path candidate : new Path[]{Path.of("../corpus"), Path.of("corpus")}) {
            if (Files.isRegularFile(candidate.resolve("manifest.jsonl"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("bundled corpus not found from " + Path.of("").toAbsolutePath());
    }

    public static Path seed() {
        return root().resolve("seed");
    }

    /**
     * A copy, in {@code folder}, of the data folder written by the release before index versions (the fixture
     * {@code upgrade/data-2026-12-07}: three seed files and one metadata edit).
     */
    public static DataFolder previousRelease(Path folder) throws IOException {
        Path fixture = Path.of("src/test/resources/upgrade/data-2026-12-07");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path from : files.toList()) {
                Path to = folder.resolve(fixture.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new DataFolder(folder);
    }

    static Path nationalReports() {
        return root().resolve("reports/national");
    }
}
