package fanwen.server.work;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the list of requests in flight, each with its time limit, and once a second logs the stack of any
 * request past its limit (once per request), counting it in {@link #overdue()}. A servlet filter around the
 * whole request — handler, error answer and response writing — so that a request stuck anywhere, in our code or
 * in the framework's, shows where. It reports; stopping work is the job of {@link HeavyWork} and of the limits
 * each handler keeps.
 */
public final class RequestWatchdog implements Filter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RequestWatchdog.class);

    private record InFlight(Thread thread, String request, long startNanos, long limitNanos) {
    }

    private final Function<HttpServletRequest, Duration> limits;
    private final Map<Long, InFlight> inFlight = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> reported = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final LongAdder overdue = new LongAdder();
    private final ScheduledExecutorService scanner;

    /** @param limits the time limit of a request, from its method and path */
    public RequestWatchdog(Function<HttpServletRequest, Duration> limits) {
        this.limits = limits;
        this.scanner = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fanwen-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        scanner.scheduleWithFixedDelay(this::scan, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        long id = nextId.incrementAndGet();
        inFlight.put(id, new InFlight(Thread.currentThread(), http.getMethod() + " " + http.getRequestURI(),
                System.nanoTime(), limits.apply(http).toNanos()));
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.remove(id);
            reported.remove(id);
        }
    }

    /** Requests that ran past their limit so far. */
    public long overdue() {
        return overdue.sum();
    }

    /** Requests being answered now. */
    public int inFlight() {
        return inFlight.size();
    }

    private void scan() {
        long now = System.nanoTime();
        inFlight.forEach((id, request) -> {
            long ran = now - request.startNanos();
            if (ran > request.limitNanos() && reported.putIfAbsent(id, Boolean.TRUE) == null) {
                overdue.increment();
                LOG.warn("{} has run {} ms, past its limit of {} ms; it is at:{}", request.request(), ran / 1_000_000,
                        request.limitNanos() / 1_000_000, stack(request.thread()));
            }
        });
    }

    private static String stack(Thread thread) {
        StringBuilder out = new StringBuilder();
        for (StackTraceElement frame : thread.getStackTrace()) {
            out.append("\n\tat ").append(frame);
        }
        return out.toString();
    }

    @Override
    public void close() {
        scanner.shutdownNow();
    }
}
