package fanwen.server.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fanwen.server.http.ApiError;

/** Heavy work gets its result within the limit, or a 503 with Retry-After — and is interrupted when late. */
class HeavyWorkTest {

    @Test
    void workThatFinishesInTimeGivesItsResult() throws Exception {
        try (HeavyWork work = new HeavyWork(1, 1, Duration.ofSeconds(5))) {
            assertEquals(42, work.run(() -> 42));
        }
    }

    @Test
    void workPastTheLimitIsAnswered503AndInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (HeavyWork work = new HeavyWork(1, 1, Duration.ofMillis(200))) {
            ApiError busy = assertThrows(ApiError.class, () -> work.run(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            }));
            assertEquals(503, busy.status());
            assertTrue(busy.retryAfterSeconds().isPresent());
            assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the late work was interrupted");
            assertEquals(1, work.refused());
        }
    }

    @Test
    void whenThePoolAndItsQueueAreFullNewWorkIsAnswered503AtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (HeavyWork work = new HeavyWork(1, 1, Duration.ofSeconds(30))) {
            Thread running = Thread.ofPlatform().start(() -> run(work, release));
            Thread waiting = Thread.ofPlatform().start(() -> run(work, release));
            while (work.pending() < 2) {
                Thread.sleep(10);
            }
            long started = System.nanoTime();
            ApiError busy = assertThrows(ApiError.class, () -> work.run(() -> 1));
            assertEquals(503, busy.status());
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "refused at once");
            release.countDown();
            running.join();
            waiting.join();
        }
    }

    private static void run(HeavyWork work, CountDownLatch release) {
        try {
            work.run(() -> {
                release.await();
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theExceptionOfTheWorkIsThrownAsItIs() {
        try (HeavyWork work = new HeavyWork(1, 1, Duration.ofSeconds(5))) {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> work.run(() -> {
                throw new IllegalArgumentException("bad draft");
            }));
            assertEquals("bad draft", thrown.getMessage());
        }
    }
}
