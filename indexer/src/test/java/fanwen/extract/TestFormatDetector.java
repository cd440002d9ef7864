package fanwen.extract;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Test only, registered as a Tika detector service: recognises the {@link TestFormats} by their magic bytes.
 * Detectors from outside Tika run first, so its answer wins over the file's name; any other file it leaves
 * to Tika's detectors ({@code application/octet-stream}).
 */
public final class TestFormatDetector implements Detector {

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return MediaType.OCTET_STREAM;
        }
        input.mark(TestFormats.LONGEST_MAGIC);
        try {
            return TestFormats.typeOf(input.readNBytes(TestFormats.LONGEST_MAGIC)).orElse(MediaType.OCTET_STREAM);
        } finally {
            input.reset();
        }
    }
}
