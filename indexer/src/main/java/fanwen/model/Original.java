package fanwen.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document's original file, as it was uploaded or indexed.
 *
 * @param fileName  the name it had (the last part of its source)
 * @param mediaType the type detected in it
 * @param content   opens the bytes; the caller closes the stream
 */
public record Original(String fileName, String mediaType, Content content) {

    /** Opens the bytes of an original. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
