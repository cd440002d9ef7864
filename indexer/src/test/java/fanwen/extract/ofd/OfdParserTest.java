package fanwen.extract.ofd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** The OFD parser as any Tika user meets it: found through the service files, with its own limits. */
class OfdParserTest {

    @TempDir
    Path temp;

    private static Path fixture() throws Exception {
        return fixture("tongzhi.ofd");
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(OfdParserTest.class.getResource("/formats/ofd/" + name).toURI());
    }

    private static String parse(Path file, ParseContext context) throws Exception {
        return parse(file, context, new Metadata());
    }

    private static String parse(Path file, ParseContext context, Metadata metadata) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser(TikaConfig.getDefaultConfig()).parse(in, text, metadata, context);
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
    void theImageOfAScannedPageIsHandedToTheContextsParserAndItsTextGoesIntoThePage() throws Exception {
        FakeOcr ocr = new FakeOcr();
        Metadata metadata = new Metadata();
        String text = parse(fixture("scanned.ofd"), ocr.context(), metadata);
        assertEquals(1, ocr.images.size());
        assertArrayEquals(scanBytes(), ocr.images.get(0));
        assertEquals(FakeOcr.TEXT, text.strip());
        assertEquals(1, metadata.getInt(OfdParser.OCR_PAGE_COUNT));
    }

    @Test
    void anImageInsideNestedPageBlocksIsFound() throws Exception {
        Path nested = temp.resolve("nested.ofd");
        copyOf(fixture("scanned.ofd"), nested, (name, xml) -> name.equals("Doc_0/Pages/Page_0/Content.xml")
                ? xml.replace("<ofd:ImageObject", "<ofd:PageBlock ID=\"7\"><ofd:PageBlock ID=\"8\"><ofd:ImageObject")
                        .replace("</ofd:Layer>", "</ofd:PageBlock></ofd:PageBlock></ofd:Layer>")
                : xml);
        FakeOcr ocr = new FakeOcr();
        assertEquals(FakeOcr.TEXT, parse(nested, ocr.context()).strip());
        assertEquals(1, ocr.images.size());
    }

    @Test
    void anImageLocatedFromTheResourceFilesFolderWithoutABaseLocIsFound() throws Exception {
        // ofdrw looks for the folder on disk, where only XML parts are unpacked at first: the folders must be there
        Path noBase = temp.resolve("no-base.ofd");
        copyOf(fixture("scanned.ofd"), noBase, (name, xml) -> name.equals("Doc_0/DocumentRes.xml")
                ? xml.replace(" BaseLoc=\"Res\"", "").replace(">scan.png<", ">Res/scan.png<") : xml);
        FakeOcr ocr = new FakeOcr();
        assertEquals(FakeOcr.TEXT, parse(noBase, ocr.context()).strip());
        assertEquals(1, ocr.images.size());
    }

    @Test
    void anImageAmongThePagesOwnResourcesIsFoundToo() throws Exception {
        Path pageRes = temp.resolve("page-res.ofd");
        String media = "<ofd:MultiMedias><ofd:MultiMedia Type=\"Image\" Format=\"PNG\" ID=\"3\">"
                + "<ofd:MediaFile>scan.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>";
        copyOf(fixture("scanned.ofd"), pageRes, (name, xml) -> switch (name) {
            case "Doc_0/DocumentRes.xml" -> xml.replace(media, "");
            case "Doc_0/Pages/Page_0/Content.xml" -> xml.replace("<ofd:Content>",
                    "<ofd:PageRes>PageRes.xml</ofd:PageRes><ofd:Content>");
            default -> xml;
        }, "Doc_0/Pages/Page_0/PageRes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ofd:Res xmlns:ofd=\"http://www.ofdspec.org/2016\" BaseLoc=\"../../Res\">" + media + "</ofd:Res>");
        FakeOcr ocr = new FakeOcr();
        assertEquals(FakeOcr.TEXT, parse(pageRes, ocr.context()).strip());
        assertEquals(1, ocr.images.size());
    }

    @Test
    void whenTheContextSkipsOcrAScannedPageIsEmptyAndNoImageIsHandedOver() throws Exception {
        FakeOcr ocr = new FakeOcr();
        ParseContext context = ocr.context();
        TesseractOCRConfig skip = new TesseractOCRConfig();
        skip.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, skip);
        Metadata metadata = new Metadata();
        assertTrue(parse(fixture("scanned.ofd"), context, metadata).isBlank());
        assertTrue(ocr.images.isEmpty());
        assertNull(metadata.get(OfdParser.OCR_PAGE_COUNT));
    }

    @Test
    void theImagesOfAPageWithTextAreNotHandedOver() throws Exception {
        FakeOcr ocr = new FakeOcr();
        Path stamped = temp.resolve("stamped.ofd");
        // a line of text beside the image: the image is then a seal or a photo, not a scan
        copyOf(fixture("scanned.ofd"), stamped, (name, xml) -> name.equals("Doc_0/Pages/Page_0/Content.xml")
                ? xml.replace("</ofd:Layer>", "<ofd:TextObject ID=\"9\" Boundary=\"20 20 100 10\" Size=\"5\">"
                        + "<ofd:TextCode X=\"0\" Y=\"5\">印章之外的文字</ofd:TextCode></ofd:TextObject></ofd:Layer>")
                : xml);
        assertEquals("印章之外的文字", parse(stamped, ocr.context()).strip());
        assertTrue(ocr.images.isEmpty());
    }

    @Test
    void anImageLocationOutsideThePackageIsNeverRead() throws Exception {
        Path outside = Files.write(temp.resolve("outside.png"), scanBytes());
        String escape = "../".repeat(16) + outside.toRealPath().toString().substring(1);
        for (String location : new String[]{escape, "/" + escape, "../../../../etc/passwd"}) {
            FakeOcr ocr = new FakeOcr();
            Path hostile = withImageAt(location);
            TikaException e = assertThrows(TikaException.class, () -> parse(hostile, ocr.context()), location);
            assertTrue(e.getMessage().contains("not inside the package"), e.getMessage());
            assertTrue(ocr.images.isEmpty(), location);
        }
        // these stay inside once resolved, where the package has no such part: the page is left without text
        for (String location : new String[]{"../../etc/passwd", "/etc/passwd"}) {
            FakeOcr ocr = new FakeOcr();
            assertTrue(parse(withImageAt(location), ocr.context()).isBlank(), location);
            assertTrue(ocr.images.isEmpty(), location);
        }
    }

    @Test
    void anImageOverThePartLimitIsAMemoryLimitFailure() throws Exception {
        ParseContext context = new FakeOcr().context();
        context.set(OfdLimits.class, new OfdLimits(100, 10_000, 1 << 30, 100));
        assertThrows(TikaMemoryLimitException.class, () -> parse(fixture("scanned.ofd"), context));
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

    /** The scanned OFD with its image's {@code MediaFile} (under {@code BaseLoc="Res"}) changed to {@code location}. */
    private Path withImageAt(String location) throws Exception {
        Path hostile = Files.createTempFile(temp, "hostile-", ".ofd");
        copyOf(fixture("scanned.ofd"), hostile, (name, xml) -> name.equals("Doc_0/DocumentRes.xml")
                ? xml.replace(">scan.png</ofd:MediaFile>", ">" + location + "</ofd:MediaFile>")
                : xml);
        return hostile;
    }

    /** The image of the scanned OFD. */
    private static byte[] scanBytes() throws Exception {
        try (ZipFile zip = new ZipFile(fixture("scanned.ofd").toFile())) {
            return zip.getInputStream(zip.getEntry("Doc_0/Res/scan.png")).readAllBytes();
        }
    }

    /**
     * Copies a package, each XML entry through {@code change} (entry name, text), other entries as they are, and
     * adds the XML entries {@code added} (name, text, name, text …).
     */
    private static void copyOf(Path in, Path out, BiFunction<String, String, String> change, String... added)
            throws Exception {
        try (ZipFile zip = new ZipFile(in.toFile());
             ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".xml")) {
                    bytes = change.apply(entry.getName(), new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
            }
            for (int i = 0; i < added.length; i += 2) {
                copy.putNextEntry(new ZipEntry(added[i]));
                copy.write(added[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Stands in for OCR: keeps the bytes of each image handed over and reads every one as {@link #TEXT}. */
    private static final class FakeOcr implements EmbeddedDocumentExtractor {

        static final String TEXT = "图像里的文字";

        final List<byte[]> images = new ArrayList<>();

        ParseContext context() {
            ParseContext context = new ParseContext();
            context.set(EmbeddedDocumentExtractor.class, this);
            return context;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return true;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            images.add(stream.readAllBytes());
            handler.characters(TEXT.toCharArray(), 0, TEXT.length());
        }
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
