package fanwen.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import fanwen.model.ExtractionLimits;

/**
 * One parser process as its parent sees it: a JVM running {@link ParserChild}, started with this process's
 * {@code java} and class path, a heap of {@link ExtractionLimits#maxParserHeapBytes()} and
 * {@code -XX:+ExitOnOutOfMemoryError}; what it writes to its standard error (the parsing libraries' logs) is
 * copied line by line to this process's {@code System.err}, so it goes wherever this process's own log goes (a
 * command's log file, a server's console).
 *
 * <p>{@link #parse} sends one request and waits for the answer at most the time limit; past it, the process
 * is killed. A process that was killed, died or answered outside the protocol is finished for good
 * ({@link #alive()} is false): the caller starts another. Used by one thread at a time; {@link #kill()} may
 * come from any thread.
 */
final class ParserProcess {

    /** The exit status {@code -XX:+ExitOnOutOfMemoryError} ends a JVM with. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;
    private final ScheduledExecutorService timer;
    private final long heapBytes;
    private volatile boolean finished;

    private ParserProcess(Process process, ScheduledExecutorService timer, long heapBytes) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 12));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.timer = timer;
        this.heapBytes = heapBytes;
    }

    /**
     * Starts a parser process; it is usable once {@link #awaitReady} returns.
     *
     * @param command   its command line, {@link #command} but in tests
     * @param heapBytes its heap limit, to quote when it runs out
     * @param timer     kills what overruns; shared by the processes of one pool
     */
    static ParserProcess launch(List<String> command, long heapBytes, ScheduledExecutorService timer)
            throws IOException {
        Process process = new ProcessBuilder(command).start();
        Thread.ofPlatform().daemon().name("parser-log").start(() -> copyLog(process));
        return new ParserProcess(process, timer, heapBytes);
    }

    /** Copies the process's standard error to this process's, line by line, until the process ends. */
    private static void copyLog(Process process) {
        try (BufferedReader log = process.errorReader(StandardCharsets.UTF_8)) {
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                System.err.println(line);
            }
        } catch (IOException ended) {
            // the process is gone: nothing more to copy
        }
    }

    /** The command line of a parser process: this JVM's {@code java} and class path, the heap limit. */
    static List<String> command(ExtractionLimits limits) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + Math.max(1, limits.maxParserHeapBytes() / 1024) + "k");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+DisplayVMOutputToStderr");
        // one parse at a time in a small heap: no GC threads competing with the parent for the cores
        command.add("-XX:+UseSerialGC");
        // C1 only: each process warms up on its own, and C2's warm-up cost more CPU than its faster code saved
        // over 2,000 Word and PDF files (bench/RESULTS.md, "Parsers in child processes")
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstderr.encoding=UTF-8"); // read back as UTF-8 by copyLog
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ParserChild.class.getName());
        return command;
    }

    /** Waits until the process says it is ready; a process that does not within {@code limit} is killed. */
    void awaitReady(Duration limit) throws IOException {
        AtomicBoolean overran = new AtomicBoolean();
        ScheduledFuture<?> watchdog = killAfter(limit, overran);
        try {
            ParserProtocol.awaitReady(answers);
        } catch (IOException e) {
            kill();
            String why = overran.get() ? "not ready within " + limit.toSeconds() + " s" : e.getMessage();
            throw new IOException(why + " (" + exitStatus() + ")", e);
        } finally {
            watchdog.cancel(false);
        }
    }

    /**
     * Parses one file, waiting at most {@code limit}. A parse that overruns kills the process and fails as
     * a time-out; a process that dies fails the file as out of memory (it ran out of heap) or as crashed.
     */
    ParseAnswer parse(ParseRequest request, Duration limit, int maxAnswerBytes) throws ExtractionException {
        AtomicBoolean overran = new AtomicBoolean();
        ScheduledFuture<?> watchdog = killAfter(limit, overran);
        try {
            ParserProtocol.writeRequest(requests, request);
            return ParserProtocol.readAnswer(answers, maxAnswerBytes);
        } catch (IOException e) {
            if (overran.get()) {
                kill(); // gone, not merely dying, when the caller learns of it
                throw ExtractionException.timeout(limit);
            }
            throw death(e);
        } finally {
            watchdog.cancel(false);
        }
    }

    /** Whether the process can take another request. */
    boolean alive() {
        return !finished && process.isAlive();
    }

    /** Kills the process and any it started (Tesseract), and waits a little for it to be gone. */
    void kill() {
        finished = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitForExit(EXIT_WAIT);
    }

    long pid() {
        return process.pid();
    }

    private ScheduledFuture<?> killAfter(Duration limit, AtomicBoolean overran) {
        return timer.schedule(() -> {
            overran.set(true);
            kill();
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Why the file failed, once the answer could not be read: the process ended (its exit status says how) or,
     * alive, wrote something else than an answer (it is killed).
     */
    private ExtractionException death(IOException cause) {
        boolean ended = waitForExit(Duration.ofSeconds(1));
        kill();
        if (!ended) {
            return ExtractionException.parserCrashed("答复无法读取: " + cause.getMessage());
        }
        int status = process.exitValue();
        return status == OUT_OF_MEMORY_EXIT ? ExtractionException.parserOutOfMemory(heapBytes)
                : ExtractionException.parserCrashed(describe(status));
    }

    private boolean waitForExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private String exitStatus() {
        return process.isAlive() ? "still running" : describe(process.exitValue());
    }

    /** On Linux and macOS a process ended by signal N reports the status 128 + N. */
    private static String describe(int status) {
        return status > 128 ? "被信号 " + (status - 128) + " 终止" : "退出码 " + status;
    }
}
