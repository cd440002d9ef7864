package fanwen.extract;

import java.util.Locale;

import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.TikaTimeoutException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

import fanwen.model.ExtractionLimits;

/**
 * Turns whatever a parser threw into the {@link ExtractionException} a user can act on. Parsers wrap
 * their causes several layers deep, so the whole cause chain is searched: encryption (Tika's, POI's and
 * PDFBox's own exception types), the character limit, zip bombs, Tesseract's time-out; anything else a
 * parser throws means the file is not what its name or magic bytes promise, i.e. corrupt, with the
 * innermost message as the {@linkplain ExtractionException#detail() detail}.
 */
final class ParseFailures {

    private ParseFailures() {
    }

    static ExtractionException classify(Throwable failure, ExtractionLimits limits) {
        if (failure instanceof ExtractionException known) {
            return known;
        }
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return ExtractionException.tooManyChars(limits.maxChars());
        }
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (type.equals("EncryptedDocumentException") || type.equals("InvalidPasswordException")) {
                return ExtractionException.encrypted(failure);
            }
            if (message.contains("zip bomb") || t instanceof TikaMemoryLimitException) {
                return ExtractionException.bomb(failure);
            }
            if (t instanceof TikaTimeoutException) {
                return ExtractionException.timeout(limits.maxTimePerFile());
            }
            if (t instanceof ZeroByteFileException) {
                return ExtractionException.empty();
            }
            if (t instanceof OutOfMemoryError) {
                return ExtractionException.bomb(failure);
            }
            innermost = t;
        }
        String cause = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        return ExtractionException.corrupt(cause, failure);
    }
}
