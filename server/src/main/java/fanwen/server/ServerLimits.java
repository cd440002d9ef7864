package fanwen.server;

import java.time.Duration;

import fanwen.model.ExtractionLimits;
import fanwen.model.SearchQuery;

/**
 * Every limit the server enforces, in one place.
 *
 * @param maxUploadBytes    largest upload request (all its files together); larger ones get 413
 * @param maxFilesPerUpload most {@code file} parts in one upload
 * @param maxJsonBytes      largest JSON request body (PATCH, analyze)
 * @param maxPageSize       largest {@code size} of a result page (how deep paging may go is the engine's
 *                          rule, {@link SearchQuery#MAX_RESULT_WINDOW})
 * @param maxSimilar        largest {@code size} of a similar-items list
 * @param maxSuggestions    suggestions returned for one input
 * @param maxAnalyzeChars   longest text accepted by {@code /analyze}
 * @param requestsPerMinute sustained requests per minute allowed to one client (by IP) on the API
 * @param burst             requests one client may make at once before the per-minute rate applies
 * @param extraction        per-file extraction limits (size, characters, time)
 * @param time              how long a request may take, by kind of request
 */
public record ServerLimits(long maxUploadBytes, int maxFilesPerUpload, long maxJsonBytes, int maxPageSize,
                           int maxSimilar, int maxSuggestions, int maxAnalyzeChars,
                           int requestsPerMinute, int burst, ExtractionLimits extraction, TimeLimits time) {

    /**
     * How long one request may take. A read ({@code search}, {@code documents}, {@code health} …) that is still
     * running past {@code read} is logged with its stack; heavy work (the duplicate check, {@code /analyze},
     * similar items, extracting a draft) that has not finished within {@code heavy} — waiting for a worker
     * included — is abandoned and answered 503 with {@code Retry-After}; an upload takes at most {@code upload}
     * for its files (the ones left when it runs out are answered failed), plus one file's extraction time.
     */
    public record TimeLimits(Duration read, Duration heavy, Duration upload) {

        public TimeLimits {
            if (!positive(read) || !positive(heavy) || !positive(upload)) {
                throw new IllegalArgumentException("time limits must be positive");
            }
        }

        /** Reads 10 s, heavy work 60 s, an upload's files 5 min. */
        public static TimeLimits defaults() {
            return new TimeLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(5));
        }

        private static boolean positive(Duration d) {
            return !d.isNegative() && !d.isZero();
        }
    }

    /**
     * Largest request line and largest header block, in bytes (Jetty's default, set explicitly): longer ones
     * are answered 414 or 431 before the request reaches the API.
     */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    public ServerLimits {
        if (maxUploadBytes <= 0 || maxFilesPerUpload <= 0 || maxJsonBytes <= 0 || maxPageSize <= 0
                || maxPageSize > SearchQuery.MAX_SIZE || maxSimilar <= 0
                || maxSuggestions <= 0 || maxAnalyzeChars <= 0 || requestsPerMinute <= 0 || burst <= 0
                || extraction == null || time == null) {
            throw new IllegalArgumentException("server limits must be positive (page size at most "
                    + SearchQuery.MAX_SIZE + ")");
        }
    }

    /** 100 MB per upload and file, 20 files, 1 MB JSON, 100 hits a page, 600 requests a minute. */
    public static ServerLimits defaults() {
        ExtractionLimits extraction = ExtractionLimits.defaults();
        return new ServerLimits(extraction.maxFileBytes(), 20, 1_000_000, SearchQuery.MAX_SIZE, 50, 10,
                100_000, 600, 100, extraction, TimeLimits.defaults());
    }

    /** These limits with uploads (and each file in them) capped at {@code bytes}. */
    public ServerLimits withMaxUploadBytes(long bytes) {
        return new ServerLimits(bytes, maxFilesPerUpload, maxJsonBytes, maxPageSize, maxSimilar,
                maxSuggestions, maxAnalyzeChars, requestsPerMinute, burst, extraction.withMaxFileBytes(bytes), time);
    }

    /** These limits with another request rate per client. */
    public ServerLimits withRate(int perMinute, int newBurst) {
        return new ServerLimits(maxUploadBytes, maxFilesPerUpload, maxJsonBytes, maxPageSize,
                maxSimilar, maxSuggestions, maxAnalyzeChars, perMinute, newBurst, extraction, time);
    }

    /** These limits with other time limits. */
    public ServerLimits withTime(TimeLimits other) {
        return new ServerLimits(maxUploadBytes, maxFilesPerUpload, maxJsonBytes, maxPageSize, maxSimilar,
                maxSuggestions, maxAnalyzeChars, requestsPerMinute, burst, extraction, other);
    }

    /** These limits with other per-file extraction limits (the upload limit stays). */
    public ServerLimits withExtraction(ExtractionLimits other) {
        return new ServerLimits(maxUploadBytes, maxFilesPerUpload, maxJsonBytes, maxPageSize, maxSimilar,
                maxSuggestions, maxAnalyzeChars, requestsPerMinute, burst, other, time);
    }

    /** Time one request's token takes to come back. */
    public Duration refillInterval() {
        return Duration.ofNanos(60_000_000_000L / requestsPerMinute);
    }
}
