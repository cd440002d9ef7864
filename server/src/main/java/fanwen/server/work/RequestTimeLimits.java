package fanwen.server.work;

import java.time.Duration;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import fanwen.server.ServerLimits;

/**
 * The time limit of a request, by what it asks: an upload has its files' budget plus one file's extraction;
 * heavy work (the check, {@code /analyze}, similar items) has the heavy limit plus a little to write its answer;
 * everything else is a read. What {@link RequestWatchdog} holds requests to.
 */
public final class RequestTimeLimits implements Function<HttpServletRequest, Duration> {

    /** Time to write an answer once the work is done. */
    private static final Duration ANSWER = Duration.ofSeconds(5);

    private final ServerLimits limits;

    public RequestTimeLimits(ServerLimits limits) {
        this.limits = limits;
    }

    @Override
    public Duration apply(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        if ("POST".equals(method) && path.equals("/api/v1/documents")) {
            return limits.time().upload().plus(limits.extraction().maxTimePerFile()).plus(ANSWER);
        }
        if ("POST".equals(method) && (path.equals("/api/v1/check") || path.equals("/api/v1/analyze"))
                || path.endsWith("/similar")) {
            return limits.time().heavy().plus(ANSWER);
        }
        return limits.time().read();
    }
}
