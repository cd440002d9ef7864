package fanwen.extract.ofd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Names an OFD package {@code application/ofd}: a zip whose root holds {@code OFD.xml} (GB/T 33190-2016 §7.1).
 * It reads the zip's central directory only, so it needs a {@link TikaInputStream} (which spools a plain stream
 * to a temporary file); for any other stream, for a file that is no zip, or a zip without {@code OFD.xml} at its
 * root, it says {@link MediaType#OCTET_STREAM} and leaves the decision to Tika's other detectors. An OFD renamed
 * {@code .zip} is still an OFD; the name counts only for a {@code .ofd} that starts like a zip but cannot be read as
 * one (cut off in transfer): it is named an OFD so that the OFD parser reports it damaged, not unsupported.
 */
public final class OfdDetector implements Detector {

    private static final long serialVersionUID = 1L;

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        if (!(input instanceof TikaInputStream tis) || !startsLikeZip(tis)) {
            return MediaType.OCTET_STREAM;
        }
        Path file = tis.getPath();
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        boolean namedOfd = name != null && name.toLowerCase(Locale.ROOT).endsWith(".ofd");
        return isOfd(file) || namedOfd && !isReadableZip(file) ? OfdParser.MEDIA_TYPE : MediaType.OCTET_STREAM;
    }

    /** Whether the file is a zip with {@code OFD.xml} at its root. */
    static boolean isOfd(Path file) {
        try (ZipFile zip = OfdPackage.open(file)) {
            return zip.getEntry(OfdPackage.ROOT_ENTRY) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isReadableZip(Path file) {
        try (ZipFile zip = OfdPackage.open(file)) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsLikeZip(TikaInputStream in) throws IOException {
        in.mark(4);
        try {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } finally {
            in.reset();
        }
    }
}
