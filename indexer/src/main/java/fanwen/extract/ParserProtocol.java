package fanwen.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import fanwen.model.ExtractionLimits;

/**
 * The bytes between the parent and a parser process ({@link ParserChild}), and nothing else: once started,
 * the child writes {@link #READY}; then for each file the parent writes one request frame and the child one
 * answer frame. A frame is a 4-byte length and that many bytes. An answer is a tag and then the fields of an
 * {@link Extraction}, or the media type of a file that turned out to be plain text, or an
 * {@link ExtractionException} in Java serialization, so that whatever fields it has travel with it.
 *
 * <p>The child reads hostile files, so the parent does not trust its answers further than their shape:
 * frames have a size limit, and deserialization accepts only the classes an exception of ours is made of.
 * A parser's own exceptions inside the cause chain travel as {@link ForeignException}s (class name,
 * message, stack trace), since not every library's exception can be serialized or is on the filter's list.
 */
final class ParserProtocol {

    /** What a parser process writes once it is ready for requests. */
    static final byte[] READY = "FANWEN-PARSER-READY\n".getBytes(StandardCharsets.US_ASCII);

    private static final byte PARSED = 'P';
    private static final byte PLAIN_TEXT = 'T';
    private static final byte FAILED = 'F';
    private static final int MAX_REQUEST_BYTES = 1 << 20;
    private static final ObjectInputFilter EXCEPTION_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=100000;maxbytes=16000000;fanwen.extract.*;java.lang.*;java.util.*;!*");

    private ParserProtocol() {
    }

    /**
     * Reads the child's {@link #READY}; anything else (a JVM that failed to boot prints its reason on the
     * same stream) is an {@link IOException} quoting what was read.
     */
    static void awaitReady(InputStream in) throws IOException {
        byte[] got = in.readNBytes(READY.length);
        if (!Arrays.equals(got, READY)) {
            byte[] rest = got.length < READY.length ? new byte[0] : in.readNBytes(500);
            String said = (new String(got, StandardCharsets.UTF_8) + new String(rest, StandardCharsets.UTF_8)).strip();
            throw new EOFException(said.isEmpty() ? "the process ended before it was ready" : said);
        }
    }

    static void writeRequest(DataOutputStream out, ParseRequest request) throws IOException {
        ExtractionLimits limits = request.limits();
        Payload payload = new Payload();
        payload.text(request.file().toString());
        payload.text(request.fileName());
        payload.data.writeLong(limits.maxFileBytes());
        payload.data.writeInt(limits.maxChars());
        payload.data.writeLong(limits.maxTimePerFile().getSeconds());
        payload.data.writeInt(limits.maxTimePerFile().getNano());
        payload.data.writeLong(limits.maxParserHeapBytes());
        payload.data.writeBoolean(request.ocr());
        payload.writeFrame(out);
    }

    static ParseRequest readRequest(DataInputStream in) throws IOException {
        ByteBuffer frame = readFrame(in, MAX_REQUEST_BYTES);
        try {
            Path file = Path.of(text(frame));
            String fileName = text(frame);
            ExtractionLimits limits = new ExtractionLimits(frame.getLong(), frame.getInt(),
                    Duration.ofSeconds(frame.getLong(), frame.getInt()), frame.getLong());
            return new ParseRequest(file, fileName, limits, frame.get() != 0);
        } catch (RuntimeException e) { // a field missing or out of range
            throw new IOException("malformed request: " + e, e);
        }
    }

    static void writeAnswer(DataOutputStream out, ParseAnswer answer) throws IOException {
        Payload payload = new Payload();
        switch (answer) {
            case ParseAnswer.Parsed parsed -> {
                Extraction e = parsed.extraction();
                payload.data.writeByte(PARSED);
                payload.text(e.text());
                payload.text(e.mediaType());
                payload.optionalText(e.charset());
                payload.optionalText(e.title());
                payload.data.writeLong(e.created().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
                payload.data.writeBoolean(e.ocr());
            }
            case ParseAnswer.PlainText plain -> {
                payload.data.writeByte(PLAIN_TEXT);
                payload.text(plain.mediaType());
            }
        }
        payload.writeFrame(out);
    }

    static void writeFailure(DataOutputStream out, ExtractionException failure) throws IOException {
        Payload payload = new Payload();
        payload.data.writeByte(FAILED);
        try (ObjectOutputStream objects = new ForeignCauses(payload.data)) {
            objects.writeObject(failure);
        }
        payload.writeFrame(out);
    }

    /**
     * Reads one answer: what the child parsed, or the exception it sent, thrown here. An
     * {@link IOException} means the child did not answer in the protocol: it ended, or wrote something else.
     *
     * @param maxBytes the largest answer accepted (the text limit, two bytes a char, and some room)
     */
    static ParseAnswer readAnswer(DataInputStream in, int maxBytes) throws IOException, ExtractionException {
        ByteBuffer frame = readFrame(in, maxBytes);
        try {
            return answer(frame);
        } catch (RuntimeException e) { // a field missing or out of range
            throw new IOException("malformed answer: " + e, e);
        }
    }

    private static ParseAnswer answer(ByteBuffer frame) throws IOException, ExtractionException {
        byte tag = frame.get();
        switch (tag) {
            case PARSED -> {
                String text = text(frame);
                String mediaType = text(frame);
                Optional<String> charset = optionalText(frame);
                Optional<String> title = optionalText(frame);
                long epochDay = frame.getLong();
                Optional<LocalDate> created = epochDay == Long.MIN_VALUE ? Optional.empty()
                        : Optional.of(LocalDate.ofEpochDay(epochDay));
                return new ParseAnswer.Parsed(new Extraction(text, mediaType, charset, title, created, frame.get() != 0));
            }
            case PLAIN_TEXT -> {
                return new ParseAnswer.PlainText(text(frame));
            }
            case FAILED -> throw failure(frame);
            default -> throw new IOException("unknown answer tag " + tag);
        }
    }

    private static ExtractionException failure(ByteBuffer frame) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(
                new ByteArrayInputStream(frame.array(), frame.position(), frame.remaining()))) {
            objects.setObjectInputFilter(EXCEPTION_CLASSES);
            if (objects.readObject() instanceof ExtractionException failure) {
                return failure;
            }
            throw new IOException("the failure sent is not an ExtractionException");
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    private static ByteBuffer readFrame(DataInputStream in, int maxBytes) throws IOException {
        int length = in.readInt();
        if (length <= 0 || length > maxBytes) {
            throw new IOException("frame of " + length + " bytes (limit " + maxBytes + ")");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("frame cut short: " + bytes.length + " of " + length + " bytes");
        }
        return ByteBuffer.wrap(bytes);
    }

    /** A string as its length in chars and its UTF-16 code units: exact, even for a lone surrogate. */
    private static String text(ByteBuffer frame) throws IOException {
        int chars = frame.getInt();
        if (chars < 0 || chars > frame.remaining() / 2) {
            throw new IOException("text of " + chars + " chars in " + frame.remaining() + " bytes");
        }
        String text = frame.slice(frame.position(), 2 * chars).asCharBuffer().toString();
        frame.position(frame.position() + 2 * chars);
        return text;
    }

    private static Optional<String> optionalText(ByteBuffer frame) throws IOException {
        return frame.get() != 0 ? Optional.of(text(frame)) : Optional.empty();
    }

    /** One frame's bytes, written into memory first so that its length can lead. */
    private static final class Payload {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        private final DataOutputStream data = new DataOutputStream(bytes);

        void text(String text) throws IOException {
            ByteBuffer units = ByteBuffer.allocate(2 * text.length());
            units.asCharBuffer().put(text);
            data.writeInt(text.length());
            data.write(units.array());
        }

        void optionalText(Optional<String> text) throws IOException {
            data.writeBoolean(text.isPresent());
            if (text.isPresent()) {
                text(text.get());
            }
        }

        void writeFrame(DataOutputStream out) throws IOException {
            data.flush();
            out.writeInt(bytes.size());
            bytes.writeTo(out);
            out.flush();
        }
    }

    /** Serializes an exception with every other exception in it replaced by a {@link ForeignException}. */
    private static final class ForeignCauses extends ObjectOutputStream {
        ForeignCauses(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return object instanceof Throwable t && !(t instanceof ExtractionException) && !(t instanceof ForeignException)
                    ? new ForeignException(t) : object;
        }
    }

    /** A parser's exception as the parent sees it: class name, message, stack trace and cause (the same way). */
    static final class ForeignException extends Exception {
        private final String className;

        ForeignException(Throwable original) {
            super(original.getMessage(), original.getCause());
            this.className = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        /** The class of the exception this stands for. */
        String className() {
            return className;
        }

        @Override
        public String toString() {
            String message = getLocalizedMessage();
            return message == null ? className : className + ": " + message;
        }
    }
}
