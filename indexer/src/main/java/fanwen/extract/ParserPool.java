package fanwen.extract;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import fanwen.model.ExtractionLimits;

/**
 * A fixed number of {@link ParserProcess}es, one per file that may be parsed at once. A parse takes a free
 * process — started on first use, so an extractor that only ever meets plain text starts none, and started
 * afresh after its predecessor was killed or died — and waits at most the time limit for one to come free
 * (then fails as busy). Start-up (about a second: Tika loading) is not charged to the file's time limit.
 *
 * <p>Processes that cannot start are not started without end: after three failed starts in a row (no
 * {@code java}, no memory, a heap too small to boot) parses fail at once for half a minute, then one more
 * start is tried. {@link #close()} kills every process, busy or not.
 */
final class ParserPool implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final int MAX_FAILED_STARTS = 3;
    private static final Duration RETRY_AFTER_FAILED_STARTS = Duration.ofSeconds(30);

    private final ExtractionLimits limits;
    private final List<String> command;
    private final List<Slot> slots = new ArrayList<>();
    private final BlockingQueue<Slot> free;
    private final ScheduledThreadPoolExecutor timer;
    private final Object lock = new Object();
    private boolean closed;
    private int failedStarts;
    private long lastFailedStartNanos;
    private String lastStartFailure = "";

    /** @param size how many files may be parsed at once */
    ParserPool(ExtractionLimits limits, int size) {
        this(limits, size, ParserProcess.command(limits));
    }

    /** @param command the command line of a parser process (tests give another) */
    ParserPool(ExtractionLimits limits, int size, List<String> command) {
        if (size <= 0) {
            throw new IllegalArgumentException("a pool needs at least one parser process");
        }
        this.limits = limits;
        this.command = List.copyOf(command);
        this.free = new ArrayBlockingQueue<>(size, true);
        for (int i = 0; i < size; i++) {
            Slot slot = new Slot();
            slots.add(slot);
            free.add(slot);
        }
        AtomicInteger threads = new AtomicInteger();
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "fanwen-parser-timer-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Parses one file in a free parser process, within the time limit; see {@link ParserProcess#parse}. */
    ParseAnswer parse(ParseRequest request) throws ExtractionException {
        Duration limit = limits.maxTimePerFile();
        Slot slot = takeFree(limit);
        try {
            return running(slot).parse(request, limit, maxAnswerBytes());
        } finally {
            free.add(slot);
        }
    }

    /** The ids of the parser processes alive now (for tests). */
    List<Long> pids() {
        synchronized (lock) {
            return slots.stream().map(s -> s.process).filter(p -> p != null && p.alive()).map(ParserProcess::pid).toList();
        }
    }

    @Override
    public void close() {
        List<ParserProcess> running;
        synchronized (lock) {
            closed = true;
            running = slots.stream().map(s -> s.process).filter(p -> p != null).toList();
        }
        running.forEach(ParserProcess::kill);
        timer.shutdownNow();
    }

    private Slot takeFree(Duration limit) throws ExtractionException {
        try {
            Slot slot = free.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
            if (slot == null) {
                throw ExtractionException.busy(slots.size(), limit);
            }
            return slot;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExtractionException.io(e);
        }
    }

    /** The slot's process, ready; a new one if it has none or its last one is finished. */
    private ParserProcess running(Slot slot) throws ExtractionException {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the extractor is closed");
            }
            if (slot.process != null && slot.process.alive()) {
                return slot.process;
            }
        }
        while (true) {
            refuseWhileStartsFail();
            try {
                ParserProcess started = ParserProcess.launch(command, limits.maxParserHeapBytes(), timer);
                synchronized (lock) {
                    slot.process = started;
                    if (closed) {
                        started.kill();
                        throw new IllegalStateException("the extractor is closed");
                    }
                }
                started.awaitReady(START_LIMIT);
                synchronized (lock) {
                    failedStarts = 0;
                }
                return started;
            } catch (IOException e) {
                startFailed(e.getMessage());
            }
        }
    }

    private void refuseWhileStartsFail() throws ExtractionException {
        synchronized (lock) {
            boolean coolingDown = System.nanoTime() - lastFailedStartNanos < RETRY_AFTER_FAILED_STARTS.toNanos();
            if (failedStarts >= MAX_FAILED_STARTS && coolingDown) {
                throw ExtractionException.parserUnavailable(failedStarts, lastStartFailure);
            }
        }
    }

    private void startFailed(String why) {
        synchronized (lock) {
            failedStarts++;
            lastFailedStartNanos = System.nanoTime();
            lastStartFailure = String.valueOf(why);
        }
    }

    /** The text limit at two bytes a char, and room for the other fields. */
    private int maxAnswerBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 16, 2L * limits.maxChars() + (1 << 20));
    }

    /** A place for one parser process; whoever took it from {@link #free} is its only user. */
    private static final class Slot {
        private ParserProcess process;
    }
}
