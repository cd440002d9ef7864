package fanwen.extract;

import java.nio.file.Path;

import fanwen.model.ExtractionLimits;

/**
 * What the parent asks of a parser process: parse this file, detecting its type by its content and by this
 * name (an upload's temporary copy keeps the user's name), within these limits.
 *
 * @param file     the file to read, an absolute path
 * @param fileName the name to detect the type by and to quote in messages
 * @param limits   the limits the parse must stay within (characters, time for OCR, the size for zip bombs)
 * @param ocr      whether scanned PDFs, scanned OFDs and images are OCR'd
 */
record ParseRequest(Path file, String fileName, ExtractionLimits limits, boolean ocr) {
}
