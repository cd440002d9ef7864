package fanwen.extract;

import java.io.InputStream;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Test only, a Tika parser service for {@link TestFormats#NOISY_MAGIC} files: prints to standard output
 * before and after its text, as stray debugging output in a library does, and yields {@link #TEXT}.
 */
public final class NoisyParser implements Parser {

    static final String TEXT = "关于加强挂职干部管理工作的通知，请各单位认真贯彻落实。";

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TestFormats.NOISY);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws SAXException {
        System.out.println("noise on standard output\0\0\0\7");
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        xhtml.element("p", TEXT);
        xhtml.endDocument();
        System.out.print("more noise");
        System.out.flush();
    }
}
