package fanwen.extract;

import java.time.Duration;

/**
 * The limits one file's extraction must stay within, so that one bad or huge file cannot exhaust the
 * memory or the time of a batch. The one place for these numbers.
 *
 * @param maxFileBytes   files larger than this are refused before parsing
 * @param maxChars       extraction stops with an error once the text grows past this many chars
 * @param maxTimePerFile extraction (OCR included) is abandoned after this long
 * @param maxAbandoned   how many abandoned parses may still be running (a parser that ignores interrupts
 *                       keeps its thread busy until it ends by itself) before new extractions are refused
 */
public record ExtractionLimits(long maxFileBytes, int maxChars, Duration maxTimePerFile, int maxAbandoned) {

    public ExtractionLimits {
        if (maxFileBytes <= 0 || maxChars <= 0 || maxTimePerFile.isNegative() || maxTimePerFile.isZero()
                || maxAbandoned <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 100 MB per file, 20 million characters of text, two minutes per file, two abandoned parses per core. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(100L * 1024 * 1024, 20_000_000, Duration.ofSeconds(120),
                2 * Runtime.getRuntime().availableProcessors());
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, maxChars, maxTimePerFile, maxAbandoned);
    }

    public ExtractionLimits withMaxChars(int chars) {
        return new ExtractionLimits(maxFileBytes, chars, maxTimePerFile, maxAbandoned);
    }

    public ExtractionLimits withMaxTimePerFile(Duration time) {
        return new ExtractionLimits(maxFileBytes, maxChars, time, maxAbandoned);
    }

    public ExtractionLimits withMaxAbandoned(int parses) {
        return new ExtractionLimits(maxFileBytes, maxChars, maxTimePerFile, parses);
    }
}
