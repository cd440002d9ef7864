package fanwen.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

/**
 * File types that exist only on the test class path, for what a parser can do to the process it runs in:
 * a file whose parse never returns, one whose parse exhausts the heap, one whose parser prints to standard
 * output. A file is of such a type when it starts with its magic bytes ({@link TestFormatDetector}); its
 * name may be any document name ({@code hang.pdf}, {@code oom.docx}), which the server accepts for upload.
 *
 * <p>Each type is {@code application/pdf} with a parameter ({@code application/pdf; fanwen-test=hang}):
 * {@link Formats} judges the base type and lets it through as a document, while Tika gives the file to the
 * test parser registered for exactly that type. Production code knows nothing of these types, and without
 * the test classes such a file is merely a corrupt PDF.
 */
public final class TestFormats {

    /** Parsed forever, in a busy loop deaf to interrupts: {@link HangingParser}. */
    public static final String HANG_MAGIC = "FANWEN-TEST-HANG";
    /** Parsed until the heap is exhausted: {@link OutOfMemoryParser}. */
    public static final String OOM_MAGIC = "FANWEN-TEST-OOM";
    /** Parsed into {@link NoisyParser#TEXT}, while printing to standard output: {@link NoisyParser}. */
    public static final String NOISY_MAGIC = "FANWEN-TEST-NOISY";

    static final MediaType HANG = MediaType.parse("application/pdf; fanwen-test=hang");
    static final MediaType OOM = MediaType.parse("application/pdf; fanwen-test=oom");
    static final MediaType NOISY = MediaType.parse("application/pdf; fanwen-test=noisy");

    private static final Map<String, MediaType> BY_MAGIC = Map.of(HANG_MAGIC, HANG, OOM_MAGIC, OOM, NOISY_MAGIC, NOISY);
    static final int LONGEST_MAGIC = BY_MAGIC.keySet().stream().mapToInt(String::length).max().orElseThrow();

    private TestFormats() {
    }

    /** The test type a file starting with {@code head} is of, if any. */
    static Optional<MediaType> typeOf(byte[] head) {
        return BY_MAGIC.entrySet().stream()
                .filter(e -> startsWith(head, e.getKey().getBytes(StandardCharsets.US_ASCII)))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Writes {@code dir/name}: the magic bytes and a line feed, which is all such a file needs. */
    public static Path write(Path dir, String name, String magic) throws IOException {
        return Files.writeString(dir.resolve(name), magic + "\n", StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
