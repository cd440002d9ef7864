package fanwen.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the real texts under {@code src/test/resources/structure}. */
final class Fixtures {
    /** First line of each essay in seed-essays.txt (1-based); lines 1–2 are page metadata. */
    static final List<Integer> SEED_STARTS = List.of(3, 8, 19, 30, 49, 66, 71, 75, 99, 124, 152, 157);

    private Fixtures() {
    }

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/structure/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed essay starting at {@code startLine}, up to the next essay. */
    static String seedEssay(int startLine) {
        List<String> lines = read("seed-essays.txt").lines().toList();
        int i = SEED_STARTS.indexOf(startLine);
        int end = i + 1 < SEED_STARTS.size() ? SEED_STARTS.get(i + 1) - 1 : lines.size();
        return String.join("\n", lines.subList(startLine - 1, end)) + "\n";
    }
}
