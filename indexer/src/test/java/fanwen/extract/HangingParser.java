package fanwen.extract;

import java.io.InputStream;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Test only, a Tika parser service for {@link TestFormats#HANG_MAGIC} files: spins on a core forever and
 * ignores interrupts, as a parser caught in a loop does. Only killing its process ends it.
 */
public final class HangingParser implements Parser {

    private static volatile boolean released;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TestFormats.HANG);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        while (!released) {
            Thread.interrupted(); // deaf on purpose
        }
    }
}
