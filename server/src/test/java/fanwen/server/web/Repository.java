package fanwen.server.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of the repository, found from the module's working directory (Maven runs tests in server/). */
final class Repository {

    private Repository() {
    }

    static Path root() {
        for (Path candidate : new Path[]{Path.of(".."), Path.of("")}) {
            if (Files.isDirectory(candidate.resolve("corpus")) && Files.isDirectory(candidate.resolve("web"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("the repository root (with corpus/ and web/) is not above "
                + Path.of("").toAbsolutePath());
    }

    static Path folder(String name) {
        return root().resolve(name);
    }
}
