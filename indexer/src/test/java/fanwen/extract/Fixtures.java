package fanwen.extract;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The files under {@code src/test/resources/formats}. */
final class Fixtures {

    private Fixtures() {
    }

    static Path format(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/formats/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }
}
