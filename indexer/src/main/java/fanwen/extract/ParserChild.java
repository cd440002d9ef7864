package fanwen.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.SynchronousQueue;

/**
 * The main class of a parser process, started by {@link ParserProcess}; not for use by hand. It reads
 * requests on its standard input, parses each file with {@link DocumentParser} and writes the answer on its
 * standard output, in {@link ParserProtocol}. Nothing else reaches that output: {@code System.out} is sent
 * to standard error before any library is loaded, and the JVM's own messages go there too
 * ({@code -XX:+DisplayVMOutputToStderr}).
 *
 * <p>It has no limits of its own: its parent kills it when a parse overruns, and its heap limit ends it
 * ({@code -XX:+ExitOnOutOfMemoryError}) when a file needs too much. It ends by itself when its standard
 * input closes — the parent closed it, or died — even in the middle of a parse, taking along any process it
 * started (Tesseract).
 */
public final class ParserChild {

    private ParserChild() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream answers = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        InputStream requests = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        System.setOut(System.err);
        System.setIn(InputStream.nullInputStream());
        DocumentParser parser = new DocumentParser();
        answers.write(ParserProtocol.READY);
        answers.flush();
        SynchronousQueue<ParseRequest> next = new SynchronousQueue<>();
        Thread reader = new Thread(() -> readUntilClosed(new DataInputStream(requests), next), "parse-requests");
        reader.setDaemon(true);
        reader.start();
        while (true) {
            ParseRequest request = take(next);
            try {
                ParserProtocol.writeAnswer(answers, parser.parse(request));
            } catch (ExtractionException e) {
                ParserProtocol.writeFailure(answers, e);
            } catch (RuntimeException | Error e) { // a parser's bug (a missing class, a deep recursion) fails its file
                ParserProtocol.writeFailure(answers, ParseFailures.classify(e, request.limits()));
            }
        }
    }

    /** Hands each request to the parsing thread; ends the process once the parent closes the stream. */
    private static void readUntilClosed(DataInputStream in, SynchronousQueue<ParseRequest> next) {
        try {
            while (true) {
                next.put(ParserProtocol.readRequest(in));
            }
        } catch (IOException | InterruptedException e) {
            // end of input: the parent is done with us, or gone
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(0);
    }

    private static ParseRequest take(SynchronousQueue<ParseRequest> next) {
        try {
            return next.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException("the parsing thread was interrupted", e);
        }
    }
}
