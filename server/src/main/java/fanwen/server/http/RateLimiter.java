package fanwen.server.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

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
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(ServerLimits limits) {
        this(limits, System::nanoTime);
    }

    /** A limiter reading the time, in nanoseconds, from {@code clock}. */
    RateLimiter(ServerLimits limits, LongSupplier clock) {
        this.refillNanos = limits.refillInterval().toNanos();
        this.burst = limits.burst();
        this.clock = clock;
    }

    /** Before an API request: takes a token for the client, or refuses the request. */
    public void apply(Context ctx) {
        long waitNanos = take(ctx.ip());
        if (waitNanos > 0) {
            long perMinute = 60_000_000_000L / refillNanos;
            throw ApiError.rateLimited("请求过于频繁：每个客户端最多连续发出 " + burst + " 个请求，此后每分钟 " + perMinute
                    + " 个，请稍后再试", "too many requests: at most " + burst + " at once and " + perMinute
                    + " a minute; retry later",
                    (int) Math.min(Integer.MAX_VALUE, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    /** Takes a token for {@code client}: 0 if it got one, else the nanos until one is available. */
    long take(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(client, ip -> new Bucket(clock.getAsLong() - burst * refillNanos))
                .take(clock, refillNanos, burst);
    }

    /** GCRA form of a token bucket: the time at which the bucket will be full again. */
    private static final class Bucket {
        private long emptyAt;

        Bucket(long emptyAt) {
            this.emptyAt = emptyAt;
        }

        /**
         * 0 if a token was taken, else the nanos until one is available. The time is read under the lock: a
         * time read before it could be older than the one another thread just took a token at, and a request
         * that is well within the rate would be refused (with a high rate, whose burst spans microseconds,
         * that happened under ordinary concurrency).
         */
        synchronized long take(LongSupplier clock, long refill, int burst) {
            long now = clock.getAsLong();
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
