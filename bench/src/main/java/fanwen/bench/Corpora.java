package fanwen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpora the benchmarks read, unpacked once under {@code bench/target}. */
final class Corpora {

    private Corpora() {
    }

    /**
     * Unpacks {@code laws.tar.gz} into {@code into} unless already there, and returns its {@code laws/}
     * folder (which holds the laws and their {@code manifest.jsonl}).
     */
    static Path unpackLaws(Path archive, Path into) throws IOException, InterruptedException {
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
