package fanwen.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Test only, a Tika parser service for {@link TestFormats#OOM_MAGIC} files: allocates 8 MB blocks and keeps
 * them until the heap is exhausted, as a parser building a huge model of a file does. The JVM itself raises
 * the {@link OutOfMemoryError}, so {@code -XX:+ExitOnOutOfMemoryError} applies.
 */
public final class OutOfMemoryParser implements Parser {

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TestFormats.OOM);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        List<long[]> hoard = new ArrayList<>();
        while (hoard.size() >= 0) {
            hoard.add(new long[1 << 20]);
        }
    }
}
