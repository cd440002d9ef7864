package fanwen.server.work;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import fanwen.server.http.ApiError;

/**
 * Where the CPU-heavy work of requests runs — the duplicate check, {@code /analyze}, similar items, extracting a
 * draft: a fixed pool of threads smaller than the machine (one less than the cores, at least one), so that
 * however many such requests arrive, a core stays free for searches, {@code /health} and {@code /metrics}.
 *
 * <p>Each piece of work has the request's time limit, waiting for a thread included. Past it the work is
 * interrupted (the engine's long loops check for that) and the request is answered 503 with {@code Retry-After};
 * when {@code queue} pieces already wait, a new one is answered 503 at once. Only read-only work belongs here:
 * interrupting a thread that writes the index would close the index writer.
 */
public final class HeavyWork implements AutoCloseable {

    /** When to try again after a 503: about the time a few pieces of heavy work take. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final ThreadPoolExecutor pool;
    private final Duration limit;
    private final LongAdder refused = new LongAdder();

    public HeavyWork(int threads, int queue, Duration limit) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread thread = new Thread(task, "fanwen-heavy-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.limit = limit;
    }

    /** A pool with one thread less than this machine's cores (at least one) and room for four waiting each. */
    public static HeavyWork forThisMachine(Duration limit) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new HeavyWork(threads, 4 * threads, limit);
    }

    /**
     * Runs {@code work} on the pool and returns its result, or throws what it threw.
     *
     * @throws ApiError 503 when the pool is full or the work did not finish within the limit
     */
    public <T> T run(Callable<T> work) throws Exception {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException full) {
            refused.increment();
            throw ApiError.busy("服务器繁忙，请稍后再试", "the server is busy with other heavy requests",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            future.cancel(true);
            refused.increment();
            throw ApiError.busy("处理超时（" + limit.toSeconds() + " 秒），服务器繁忙，请稍后再试",
                    "did not finish within " + limit.toSeconds() + " s", RETRY_AFTER_SECONDS);
        } catch (InterruptedException stopped) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiError.busy("请求被中止，请稍后再试", "request interrupted", RETRY_AFTER_SECONDS);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof Exception e) {
                throw e;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            throw failed;
        }
    }

    /** Pieces of work answered 503 so far (pool full or out of time). */
    public long refused() {
        return refused.sum();
    }

    /** Pieces of work running or waiting now. */
    public int pending() {
        return pool.getActiveCount() + pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
