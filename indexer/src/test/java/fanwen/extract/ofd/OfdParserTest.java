package fanwen.extract.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OFD parser as any Tika user meets it: found through the service files, with its own limits. */
class OfdParserTest {

    @TempDir
    Path temp;

    private static Path fixture() throws Exception {
        return Path.of(OfdParserTest.class.getResource("/formats/ofd/tongzhi.ofd").toURI());
    }

    private static String parse(Path file, ParseContext context) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser(TikaConfig.getDefaultConfig()).parse(in, text, new Metadata(), context);
        }
        return text.toString();
    }

    @Test
    void tikasDefaultConfigurationDetectsAndParsesOfd() throws Exception {
        try (TikaInputStream in = TikaInputStream.get(fixture())) {
            assertEquals(OfdParser.MEDIA_TYPE, TikaConfig.getDefaultConfig().getDetector().detect(in, new Metadata()));
        }
        String text = parse(fixture(), new ParseContext());
        assertTrue(text.contains("国务院办公厅文件\n国办发(2015)87号\n"), text);
        // pages in order, a blank line between them, a line per text line
        assertTrue(text.matches("(?s).*— 1 —\n\n抄送：学校领导。\n.*— 2 —.*"), text);
    }

    @Test
    void aPartOverTheLimitIsAMemoryLimitFailure() throws Exception {
        Path bomb = temp.resolve("bomb.ofd");
        copyWith(bomb, "Doc_0/Res/big.xml", 2 << 20);
        ParseContext context = new ParseContext();
        context.set(OfdLimits.class, new OfdLimits(100, 1 << 20, 1 << 30, 100));
        assertThrows(TikaMemoryLimitException.class, () -> parse(bomb, context));
    }

    @Test
    void tooManyPagesAreRefused() throws Exception {
        ParseContext context = new ParseContext();
        context.set(OfdLimits.class, new OfdLimits(100, 1 << 20, 1 << 30, 1));
        TikaException e = assertThrows(TikaException.class, () -> parse(fixture(), context));
        assertTrue(e.getMessage().contains("pages"), e.getMessage());
    }

    @Test
    void theUnpackedPartsAreDeletedAfterwards() throws Exception {
        long before = countTemp();
        parse(fixture(), new ParseContext());
        assertEquals(before, countTemp());
        assertFalse(OfdDetector.isOfd(Path.of(OfdParserTest.class.getResource("/formats/random-stuff.zip").toURI())));
    }

    private static long countTemp() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("fanwen-ofd-")).count();
        }
    }

    private static void copyWith(Path out, String extra, int bytes) throws Exception {
        try (ZipFile in = new ZipFile(fixture().toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.getInputStream(entry).readAllBytes());
            }
            zip.putNextEntry(new ZipEntry(extra));
            zip.write(new byte[bytes]);
        }
    }
}
