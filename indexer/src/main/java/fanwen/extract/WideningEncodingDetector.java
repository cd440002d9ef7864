package fanwen.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection (a declared {@code <meta charset>} first, then statistics), except that GB2312
 * and GBK are read as their superset GB18030: pages that declare {@code gbk} routinely contain characters
 * GBK lacks, which would otherwise turn into replacement characters.
 */
final class WideningEncodingDetector implements EncodingDetector {

    private final EncodingDetector delegate;

    WideningEncodingDetector(EncodingDetector delegate) {
        this.delegate = delegate;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset detected = delegate.detect(input, metadata);
        return detected == null ? null : TextDecoder.widen(detected);
    }
}
