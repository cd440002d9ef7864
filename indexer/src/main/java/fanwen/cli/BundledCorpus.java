package fanwen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the bundled demo corpus: {@code corpus/} under the installation ({@code -Dfanwen.home}, set by the
 * launcher) or under the working directory.
 */
public final class BundledCorpus {

    private BundledCorpus() {
    }

    public static Optional<Path> locate() {
        String home = System.getProperty("fanwen.home");
        for (Path base : home == null ? new Path[]{Path.of("")} : new Path[]{Path.of(home), Path.of("")}) {
            Path corpus = base.resolve("corpus").toAbsolutePath().normalize();
            if (Files.isRegularFile(corpus.resolve("manifest.jsonl"))) {
                return Optional.of(corpus);
            }
        }
        return Optional.empty();
    }
}
