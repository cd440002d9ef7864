package fanwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpora the benchmarks read, unpacked once under {@code bench/target}. */
public final class Corpora {

    /** Where the shared laws are, seen from the repository root (the benchmarks' working directory). */
    public static final Path DEFAULT_LAWS = Path.of("../shared/corpus/laws.tar.gz");

    private Corpora() {
    }

    /** Exits with status 2 and says why when {@code laws} is missing: the benchmarks need the shared corpus. */
    public static void requireLaws(Path laws) {
        if (!Files.isRegularFile(laws)) {
            System.err.println("laws corpus not found at " + laws.toAbsolutePath()
                    + " — this benchmark needs the shared corpus (../shared/corpus/laws.tar.gz); skipped.");
            System.exit(2);
        }
    }

    /**
     * Unpacks {@code laws.tar.gz} into {@code into} unless already there, and returns its {@code laws/}
     * folder (which holds the laws and their {@code manifest.jsonl}).
     */
    public static Path unpackLaws(Path archive, Path into) throws IOException, InterruptedException {
        Path laws = into.resolve("laws");
        if (Files.isDirectory(laws)) {
            return laws;
        }
        Files.createDirectories(into);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", into.toString())
                .inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("tar failed on " + archive);
        }
        return laws;
    }
}
