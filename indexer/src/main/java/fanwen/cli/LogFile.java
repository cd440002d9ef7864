package fanwen.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where a command-line run logs: appended to a file in the data folder ({@code DATA/logs/fanwen.log}), not
 * shown on the terminal. The person running {@code fanwen index} sees the progress bar, the summary and one
 * line per failed file; the warnings and stack traces of the libraries behind a failure (a damaged .docx
 * makes Tika and POI log some) are kept in the file for whoever looks into it.
 *
 * <p>While open, it is {@link System#err}: slf4j-simple writes to whatever {@code System.err} is when it
 * logs, however early its first logger was made, and so do libraries that print to standard error. (Its
 * {@code logFile} setting would not do: it is read once, when the first logger is made, possibly before the
 * data folder is known, and it empties the file on every run.) The command's own messages reach the
 * terminal through picocli's writers, which must be bound to the real standard error before {@link #open}.
 *
 * <p>The file and its folder are made at the first line logged, after a line naming the run; a run that
 * logs nothing leaves no trace.
 */
final class LogFile implements AutoCloseable {

    private final PrintStream terminal;
    private final PrintStream log;

    private LogFile(PrintStream terminal, PrintStream log) {
        this.terminal = terminal;
        this.log = log;
    }

    /** Redirects standard error to {@code file} until {@link #close()}; {@code run} names the run in the file. */
    static LogFile open(Path file, String run) {
        PrintStream terminal = System.err;
        String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        String header = "--- " + started + " " + run + "\n";
        PrintStream log = new PrintStream(new OpenedOnFirstWrite(file, header, terminal), true, StandardCharsets.UTF_8);
        System.setErr(log);
        return new LogFile(terminal, log);
    }

    /** Gives standard error back to the terminal and closes the file. */
    @Override
    public void close() {
        System.setErr(terminal);
        log.close();
    }

    /** Appends to the file, made with its folder at the first write; to the terminal if it cannot be made. */
    private static final class OpenedOnFirstWrite extends OutputStream {
        private final Path file;
        private final String header;
        private final PrintStream terminal;
        private OutputStream out;

        OpenedOnFirstWrite(Path file, String header, PrintStream terminal) {
            this.file = file;
            this.header = header;
            this.terminal = terminal;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            opened().write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            opened().write(bytes, offset, length);
        }

        @Override
        public synchronized void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (out != null && out != terminal) {
                out.close();
            }
        }

        private OutputStream opened() {
            if (out == null) {
                try {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    Files.writeString(file, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND));
                } catch (IOException e) {
                    terminal.println("日志文件无法写入 cannot write the log file " + file + ": " + e.getMessage());
                    out = terminal;
                }
            }
            return out;
        }
    }
}
