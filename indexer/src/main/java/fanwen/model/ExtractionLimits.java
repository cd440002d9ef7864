package fanwen.model;

import java.time.Duration;

/**
 * The limits one file's extraction must stay within, so that one bad or huge file cannot exhaust the
 * memory or the time of a batch. The one place for these numbers.
 *
 * @param maxFileBytes       files larger than this are refused before parsing
 * @param maxChars           extraction stops with an error once the text grows past this many chars
 * @param maxTimePerFile     a parse (OCR included) still running after this long is killed with its parser process
 * @param maxParserHeapBytes the heap of each parser process ({@code -Xmx}): a file whose parse needs more fails,
 *                           alone, as out of memory
 */
public record ExtractionLimits(long maxFileBytes, int maxChars, Duration maxTimePerFile, long maxParserHeapBytes) {

    public ExtractionLimits {
        if (maxFileBytes <= 0 || maxChars <= 0 || maxTimePerFile.isNegative() || maxTimePerFile.isZero()
                || maxParserHeapBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 100 MB per file, 20 million characters of text, two minutes per file, 512 MB of heap per parser process. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(100L * 1024 * 1024, 20_000_000, Duration.ofSeconds(120), 512L * 1024 * 1024);
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, maxChars, maxTimePerFile, maxParserHeapBytes);
    }

    public ExtractionLimits withMaxChars(int chars) {
        return new ExtractionLimits(maxFileBytes, chars, maxTimePerFile, maxParserHeapBytes);
    }

    public ExtractionLimits withMaxTimePerFile(Duration time) {
        return new ExtractionLimits(maxFileBytes, maxChars, time, maxParserHeapBytes);
    }

    public ExtractionLimits withMaxParserHeapBytes(long bytes) {
        return new ExtractionLimits(maxFileBytes, maxChars, maxTimePerFile, bytes);
    }
}
