package fanwen.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-derived identifiers. A document's id is the hash of its original bytes (so re-indexing the same
 * file is recognised before extraction); the text hash, of its text with all whitespace removed, finds the
 * same text arriving in a different file.
 */
public final class ContentHash {

    /** Length in hex digits of a document id (64 bits: collisions are negligible at library scale). */
    public static final int ID_LENGTH = 16;

    private ContentHash() {
    }

    /** SHA-256 of the file's bytes, in hex. */
    public static String ofFile(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The document id for a file whose bytes hash to {@code fileHash}. */
    public static String documentId(String fileHash) {
        return fileHash.substring(0, ID_LENGTH);
    }

    /** SHA-256 of the text without whitespace, in hex: unchanged by re-wrapping or re-spacing. */
    public static String ofText(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                .forEach(compact::appendCodePoint);
        return HexFormat.of().formatHex(sha256().digest(compact.toString().getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
