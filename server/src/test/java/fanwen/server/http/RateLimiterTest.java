package fanwen.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import fanwen.server.ServerLimits;

class RateLimiterTest {

    @Test
    void aClientOverItsBurstWaitsForTheNextToken() {
        ServerLimits limits = ServerLimits.defaults().withRate(60, 3); // one a second, three at once
        AtomicLong now = new AtomicLong(1_000_000_000_000L);
        RateLimiter limiter = new RateLimiter(limits, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.take("10.0.0.1"));
        }
        assertEquals(1_000_000_000L, limiter.take("10.0.0.1"));
        assertEquals(0, limiter.take("10.0.0.2"), "each client has its own bucket");
        now.addAndGet(1_000_000_000L);
        assertEquals(0, limiter.take("10.0.0.1"));
    }

    @Test
    void manyThreadsOfOneClientWithinItsRateAreNeverRefused() throws InterruptedException {
        // the clock moves on by exactly one token's time at each reading: every request is within the rate,
        // whichever thread gets the lock first (a time read before taking the lock used to refuse some)
        ServerLimits limits = ServerLimits.defaults().withRate(60_000_000, 1);
        long refill = limits.refillInterval().toNanos();
        AtomicLong clock = new AtomicLong(1_000_000_000_000L);
        RateLimiter limiter = new RateLimiter(limits, () -> clock.addAndGet(refill));
        AtomicInteger refused = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 5_000; i++) {
                    if (limiter.take("127.0.0.1") > 0) {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(0, refused.get());
        assertTrue(clock.get() > 1_000_000_000_000L);
    }
}
