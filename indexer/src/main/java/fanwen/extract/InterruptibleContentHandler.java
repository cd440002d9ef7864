package fanwen.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse at its next piece of output once its thread has been interrupted (on time-out), so that a
 * parser which ignores interrupts still gives its thread back as soon as it produces text.
 */
final class InterruptibleContentHandler extends ContentHandlerDecorator {

    InterruptibleContentHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        stopIfInterrupted();
        super.characters(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
            throws SAXException {
        stopIfInterrupted();
        super.startElement(uri, localName, name, atts);
    }

    private static void stopIfInterrupted() throws SAXException {
        if (Thread.currentThread().isInterrupted()) {
            throw new SAXException("extraction cancelled");
        }
    }
}
