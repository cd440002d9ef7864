package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import fanwen.extract.ExtractionException.Reason;
import fanwen.model.ExtractionLimits;

/**
 * What becomes of extraction when a parser misbehaves in its process — never returns, exhausts the heap, is
 * killed from outside, prints to standard output, cannot even start — and that files parsed at once get
 * processes of their own, and {@link Extractor#close()} leaves none behind. The misbehaving files are the
 * test-only types of {@link TestFormats}.
 */
class ParserProcessesTest {

    /** Room for a fresh process to start and read a PDF on a loaded machine (3 s was once too little). */
    private static final Duration LIMIT = Duration.ofSeconds(6);
    /** Killing a process and answering take milliseconds; this is room for a loaded machine. */
    private static final Duration A_LITTLE = Duration.ofSeconds(2);
    private static final Duration LONG_LIMIT = Duration.ofSeconds(120);

    private final ExecutorService background = Executors.newCachedThreadPool();

    @TempDir
    Path temp;

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void aParseThatNeverReturnsTimesOutWithinTheLimitAndTheNextFileIsRead() throws Exception {
        try (Extractor extractor = new Extractor(limits(LIMIT), 1, false)) {
            assertReadsDocx(extractor); // the process is up: its start-up is not part of what is timed below
            long hung = onlyPid(extractor);
            Path hang = TestFormats.write(temp, "hang.pdf", TestFormats.HANG_MAGIC);
            long started = System.nanoTime();
            assertFails(Reason.TIMEOUT, "读取文件超时（超过 6 秒）", () -> extractor.extract(hang));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(LIMIT) >= 0 && took.compareTo(LIMIT.plus(A_LITTLE)) < 0, took.toString());
            assertFalse(ProcessHandle.of(hung).map(ProcessHandle::isAlive).orElse(false), "the hung process is killed");
            assertTrue(extractor.extract(Fixtures.format("zongjie.pdf")).text().contains("挂职锻炼"));
            assertNotEquals(hung, onlyPid(extractor), "a fresh process took its place");
        }
    }

    @Test
    void aParseThatExhaustsTheHeapFailsAloneAndTheNextFileIsRead() throws Exception {
        try (Extractor extractor = new Extractor(limits(LONG_LIMIT).withMaxParserHeapBytes(256L << 20), 1, false)) {
            Path oom = TestFormats.write(temp, "oom.docx", TestFormats.OOM_MAGIC);
            assertFails(Reason.TOO_LARGE, "读取时内存不足（上限 256 MB）", () -> extractor.extract(oom));
            assertEquals(List.of(), extractor.parserPids(), "the process ended when its heap ran out");
            assertReadsDocx(extractor);
        }
    }

    @Test
    void aParserProcessKilledFromOutsideFailsOnlyTheFileItWasParsing() throws Exception {
        try (Extractor extractor = new Extractor(limits(LONG_LIMIT), 1, false)) {
            assertReadsDocx(extractor);
            ProcessHandle process = ProcessHandle.of(onlyPid(extractor)).orElseThrow();
            Duration idle = cpu(process);
            Path hang = TestFormats.write(temp, "hang.pdf", TestFormats.HANG_MAGIC);
            Future<Extraction> parsing = background.submit(() -> extractor.extract(hang));
            // the process was idle and ready: a second of CPU is the hanging parse spinning
            await("the hanging parse spins", () -> cpu(process).minus(idle).compareTo(Duration.ofSeconds(1)) > 0);
            process.destroyForcibly();
            ExtractionException e = failureOf(parsing);
            assertEquals(Reason.CRASHED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("解析程序意外终止"), e.getMessage());
            assertTrue(e.detail().contains("被信号 9 终止"), e.detail());
            assertReadsDocx(extractor);
        }
    }

    @Test
    void filesParsedAtOnceGetProcessesOfTheirOwn() throws Exception {
        try (Extractor extractor = new Extractor(limits(LONG_LIMIT), 2, false)) {
            Path hang = TestFormats.write(temp, "hang.pdf", TestFormats.HANG_MAGIC);
            Future<Extraction> hanging = background.submit(() -> extractor.extract(hang));
            await("the hanging file has a process", () -> extractor.parserPids().size() == 1);
            assertReadsDocx(extractor);
            assertFalse(hanging.isDone(), "the docx was read while the other file still hung");
            assertEquals(2, new HashSet<>(extractor.parserPids()).size(), extractor.parserPids().toString());
        }
    }

    @Test
    void aFileWaitingAWholeTimeLimitForAFreeProcessIsRefusedAsBusy() throws Exception {
        try (Extractor extractor = new Extractor(limits(LIMIT), 1, false)) {
            assertReadsDocx(extractor);
            Path hang = TestFormats.write(temp, "hang.pdf", TestFormats.HANG_MAGIC);
            Future<Extraction> first = background.submit(() -> extractor.extract(hang));
            Thread.sleep(500);
            Future<Extraction> second = background.submit(() -> extractor.extract(hang)); // next in line
            Thread.sleep(500);
            assertFails(Reason.BUSY, "all 1 parser processes busy for 6 s",
                    () -> extractor.extract(Fixtures.format("zongjie.docx")));
            assertEquals(Reason.TIMEOUT, failureOf(first).reason());
            assertEquals(Reason.TIMEOUT, failureOf(second).reason());
        }
    }

    @Test
    void whatAParserPrintsOnStandardOutputStaysOutOfTheAnswers() throws Exception {
        try (Extractor extractor = new Extractor(limits(LONG_LIMIT), 1, false)) {
            Path noisy = TestFormats.write(temp, "noisy.docx", TestFormats.NOISY_MAGIC);
            assertEquals(NoisyParser.TEXT, extractor.extract(noisy).text());
            assertEquals(NoisyParser.TEXT, extractor.extract(noisy).text());
            assertReadsDocx(extractor);
        }
    }

    @Test
    void closeKillsEveryParserProcessEvenInTheMiddleOfAParse() throws Exception {
        Extractor extractor = new Extractor(limits(LONG_LIMIT), 2, false);
        Future<Extraction> hanging;
        List<Long> started;
        try {
            assertReadsDocx(extractor);
            Path hang = TestFormats.write(temp, "hang.pdf", TestFormats.HANG_MAGIC);
            hanging = background.submit(() -> extractor.extract(hang));
            await("both processes are up", () -> extractor.parserPids().size() == 2);
            started = extractor.parserPids();
            // the processes it reports are JVMs this one started (other tests' threads may start some of their own)
            assertTrue(parserProcessesOfThisJvm().containsAll(started), started + " " + parserProcessesOfThisJvm());
        } finally {
            extractor.close();
        }
        assertEquals(List.of(), started.stream().filter(ParserProcessesTest::alive).toList(), "alive after close");
        assertEquals(List.of(), extractor.parserPids());
        assertThrows(ExecutionException.class, () -> hanging.get(10, TimeUnit.SECONDS), "the hanging file fails at once");
    }

    @Test
    void aHeapTooSmallForTheParserToStartFailsClearlyWhilePlainTextIsStillRead() throws Exception {
        try (Extractor extractor = new Extractor(limits(LIMIT).withMaxParserHeapBytes(1 << 20), 1, false)) {
            assertFails(Reason.UNAVAILABLE, "failed to start 3 times",
                    () -> extractor.extract(Fixtures.format("zongjie.docx")));
            assertFalse(extractor.extract(Fixtures.format("utf8.txt")).text().isEmpty());
        }
    }

    @Test
    void processesThatCannotStartAreTriedThreeTimesThenRefusedWithoutStartingMore() throws Exception {
        Path starts = temp.resolve("starts.log");
        List<String> command = List.of("sh", "-c", "echo started >> '" + starts + "'; exit 1");
        ExtractionLimits limits = limits(LIMIT);
        try (ParserPool pool = new ParserPool(limits, 1, command)) {
            ParseRequest request = new ParseRequest(Fixtures.format("zongjie.docx"), "zongjie.docx", limits, false);
            assertFails(Reason.UNAVAILABLE, "failed to start 3 times: the process ended before it was ready (退出码 1)",
                    () -> pool.parse(request));
            assertFails(Reason.UNAVAILABLE, "解析程序无法启动", () -> pool.parse(request));
            assertEquals(3, Files.readAllLines(starts).size(), "started during the cool-down");
        }
    }

    private static ExtractionLimits limits(Duration time) {
        return ExtractionLimits.defaults().withMaxTimePerFile(time);
    }

    private static void assertReadsDocx(Extractor extractor) throws ExtractionException {
        assertTrue(extractor.extract(Fixtures.format("zongjie.docx")).text().contains("挂职锻炼"));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static long onlyPid(Extractor extractor) {
        List<Long> pids = extractor.parserPids();
        assertEquals(1, pids.size(), pids.toString());
        return pids.get(0);
    }

    /**
     * The JVMs this JVM started and that still run, found by their executable (a long class path keeps the
     * arguments of a parser process out of reach on Linux).
     */
    private static List<Long> parserProcessesOfThisJvm() {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().filter(java::equals).isPresent())
                .map(ProcessHandle::pid).toList();
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow();
    }

    private static ExtractionException failureOf(Future<Extraction> extraction) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> extraction.get(30, TimeUnit.SECONDS));
        return assertInstanceOf(ExtractionException.class, e.getCause());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within a minute: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Fails with {@code reason}, and {@code part} is in its message for people or in its detail. */
    private static void assertFails(Reason reason, String part, Executable run) {
        ExtractionException e = assertThrows(ExtractionException.class, run);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(part) || e.detail().contains(part), e.getMessage() + " | " + e.detail());
    }
}
