package fanwen.extract.ofd;

import org.dom4j.io.SAXReader;
import org.ofdrw.pkg.tool.SAXReaderFactory;
import org.xml.sax.SAXException;

/**
 * Makes every XML reader {@code ofdrw} creates refuse document type declarations and external entities (XXE).
 * {@code ofdrw}'s default reader asks for the same features but swallows a failure to set them, so a JAXP parser
 * that lacks one would silently resolve external entities; this one fails instead, and also refuses any entity it
 * would have to fetch. {@code ofdrw} keeps one reader factory per JVM and takes the first one installed, so
 * {@link #install()} is called before any OFD is read.
 */
final class SecureXmlReaders {

    private SecureXmlReaders() {
    }

    static void install() {
        SAXReaderFactory.SetCustomizedProducer(SecureXmlReaders::create);
    }

    static SAXReader create() {
        SAXReader reader = new SAXReader();
        try {
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
            reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe against external entities", e);
        }
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        return reader;
    }
}
