package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fanwen.model.ExtractionLimits;

class ParserProtocolTest {

    private static final int LIMIT = 1 << 20;

    @Test
    void aRequestArrivesAsSent() throws IOException {
        ParseRequest request = new ParseRequest(Path.of("/tmp/上传/总结 2023.docx"), "总结.docx",
                ExtractionLimits.defaults().withMaxTimePerFile(Duration.ofMillis(2500)), true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ParserProtocol.writeRequest(new DataOutputStream(bytes), request);
        assertEquals(request, ParserProtocol.readRequest(input(bytes.toByteArray())));
    }

    @Test
    void anExtractionArrivesExactlyEvenWithALoneSurrogate() throws Exception {
        Extraction extraction = new Extraction("一、总结\n吉祥的“𠮷”字\uD800与", "application/pdf", Optional.empty(),
                Optional.of("2023年度挂职锻炼工作总结"), Optional.of(LocalDate.of(2023, 12, 1)), true);
        assertEquals(new ParseAnswer.Parsed(extraction), roundTrip(new ParseAnswer.Parsed(extraction)));
        assertEquals(new ParseAnswer.PlainText("text/plain"), roundTrip(new ParseAnswer.PlainText("text/plain")));
    }

    @Test
    void aFailureArrivesWithItsReasonMessageAndACauseNoSerializationCouldCarry() throws Exception {
        ExtractionException sent = ExtractionException.corrupt("bad xref", new UnserializableException("bad xref at 1234"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ParserProtocol.writeFailure(new DataOutputStream(bytes), sent);
        ExtractionException got = assertThrows(ExtractionException.class,
                () -> ParserProtocol.readAnswer(input(bytes.toByteArray()), LIMIT));
        assertEquals(sent.reason(), got.reason());
        assertEquals(sent.getMessage(), got.getMessage());
        assertEquals(UnserializableException.class.getName() + ": bad xref at 1234", got.getCause().toString());
    }

    @Test
    void aSerializedObjectOfAnyOtherClassIsRefused() throws IOException {
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(object)) {
            out.writeObject(Duration.ofSeconds(1)); // harmless, but not what an answer is made of
        }
        IOException e = assertThrows(IOException.class,
                () -> ParserProtocol.readAnswer(input(frame((byte) 'F', object.toByteArray())), LIMIT));
        assertTrue(e.getMessage().contains("REJECTED") || e.getMessage().contains("filter"), e.getMessage());
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedBeforeItIsRead() {
        IOException e = assertThrows(IOException.class,
                () -> ParserProtocol.readAnswer(input(frame((byte) 'P', new byte[2000])), 1000));
        assertEquals("frame of 2001 bytes (limit 1000)", e.getMessage());
    }

    @Test
    void whatAProcessSaysInsteadOfBeingReadyIsQuoted() {
        byte[] said = "Error: Could not find or load main class fanwen.extract.ParserChild\n".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ParserProtocol.awaitReady(new ByteArrayInputStream(said)));
        assertEquals("Error: Could not find or load main class fanwen.extract.ParserChild", e.getMessage());
    }

    private static ParseAnswer roundTrip(ParseAnswer answer) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ParserProtocol.writeAnswer(new DataOutputStream(bytes), answer);
        return assertInstanceOf(answer.getClass(), ParserProtocol.readAnswer(input(bytes.toByteArray()), LIMIT));
    }

    private static byte[] frame(byte tag, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(payload.length + 1);
        out.writeByte(tag);
        out.write(payload);
        return bytes.toByteArray();
    }

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** An exception holding something that cannot be serialized, as some libraries' exceptions do. */
    private static final class UnserializableException extends Exception {
        @SuppressWarnings("unused")
        private final transient Object lock = new Object();
        private final Thread owner = Thread.currentThread();

        UnserializableException(String message) {
            super(message);
        }
    }
}
