package fanwen.engine;

import java.nio.file.Files;
import java.nio.file.Path;

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

    static Path nationalReports() {
        return root().resolve("reports/national");
    }
}
