package fanwen.server.http;

import java.util.concurrent.ConcurrentHashMap;

import io.javalin.http.Context;

import fanwen.server.ServerLimits;

/**
 * A token bucket per client address: each client may make {@code burst} requests at once, then one more
 * each {@code 60 s / requestsPerMinute}; beyond that it gets 429 with {@code Retry-After}.
 */
public final class RateLimiter {

    /** Beyond this many tracked clients the table is cleared: a flood of addresses cannot exhaust memory. */
    private static final int MAX_CLIENTS = 100_000;

    private final long refillNanos;
    private final int burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(ServerLimits limits) {
        this.refillNanos = limits.refillInterval().toNanos();
        this.burst = limits.burst();
    }

    /** Before an API request: takes a token for the client, or refuses the request. */
    public void apply(Context ctx) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(ctx.ip(), ip -> new Bucket(System.nanoTime() - burst * refillNanos));
        long waitNanos = bucket.take(System.nanoTime(), refillNanos, burst);
        if (waitNanos > 0) {
            ctx.header("Retry-After", Long.toString(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L)));
            throw ApiError.rateLimited("too many requests: at most " + burst + " at once and "
                    + (60_000_000_000L / refillNanos) + " a minute; retry later");
        }
    }

    /** GCRA form of a token bucket: the time at which the bucket will be full again. */
    private static final class Bucket {
        private long emptyAt;

        Bucket(long emptyAt) {
            this.emptyAt = emptyAt;
        }

        /** 0 if a token was taken, else the nanos until one is available. */
        synchronized long take(long now, long refill, int burst) {
            long start = Math.max(emptyAt, now - burst * refill);
            long next = start + refill;
            if (next > now) {
                return next - now;
            }
            emptyAt = next;
            return 0;
        }
    }
}
