/**
 * OFD (GB/T 33190-2016), China's layout format for electronic official documents, as a Tika format: a
 * {@link fanwen.extract.ofd.OfdDetector} that names a zip with {@code OFD.xml} at its root {@code application/ofd}
 * and an {@link fanwen.extract.ofd.OfdParser} that emits its pages' text, that of scanned pages by OCR when the
 * parse context has it (the images handed to Tika as embedded documents). Both are registered through
 * {@code META-INF/services}, so any Tika on this classpath reads OFD; the rest of Fanwen does not call them directly.
 *
 * <p>Imports only Tika and ofdrw; nothing of the engine.
 */
package fanwen.extract.ofd;
