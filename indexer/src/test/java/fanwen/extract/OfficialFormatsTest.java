package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.extract.ExtractionException.Reason;
import fanwen.model.ExtractionLimits;

/** OFD and Kingsoft WPS files through the Extractor: read like the other formats, hostile ones refused per file. */
class OfficialFormatsTest {

    private static Extractor extractor;

    @TempDir
    Path temp;

    @BeforeAll
    static void startTika() {
        extractor = new Extractor(ExtractionLimits.defaults(), 1, false);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void anOfdIsReadPageByPageWithoutItsPrintedPageNumbers() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("ofd/tongzhi.ofd"));
        String text = extraction.text();
        assertEquals("application/ofd", extraction.mediaType());
        assertTrue(text.contains("为深入贯彻落实党中央、国务院决策部署，进一步加强下派挂职干部管理，经研究，现将有关事项通知如下。"), text);
        assertTrue(text.indexOf("国办发(2015)87号") < text.indexOf("抄送：学校领导。"), text);
        assertFalse(text.contains("— 1 —") || text.contains("— 2 —"), text);
    }

    @Test
    void aScannedOfdWithoutOcrHasNoTextLayerLikeAScannedPdf() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(Fixtures.format("ofd/scanned.ofd")));
        assertEquals(Reason.NO_TEXT_LAYER, e.reason());
        assertTrue(e.getMessage().startsWith("这是扫描件 OFD，没有文字层，而本机未安装 Tesseract 中文识别（chi_sim）"),
                e.getMessage());
    }

    @Test
    void anOfdRenamedZipIsStillAnOfd() throws Exception {
        Path renamed = Files.copy(Fixtures.format("ofd/tongzhi.ofd"), temp.resolve("tongzhi.zip"));
        assertEquals("application/ofd", extractor.extract(renamed).mediaType());
    }

    @Test
    void anOfdWhoseXmlDeclaresAnExternalEntityFailsWithoutReadingTheFile() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "绝密口令XYZZY");
        String entity = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE r [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>";
        Path hostile = rewrite("xxe.ofd", (name, xml) -> name.equals("OFD.xml") || name.endsWith("Content.xml")
                ? xml.replaceFirst("<\\?xml[^>]*\\?>", entity).replace("国务院办公厅文件", "&x;") : xml);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(hostile));
        assertEquals(Reason.CORRUPT, e.reason());
        assertFalse(e.getMessage().contains("XYZZY") || e.detail().contains("XYZZY"), e.detail());
    }

    @Test
    void anOfdWithAnEntryOutsideThePackageIsRefusedAndWritesNothingThere() throws Exception {
        Path hostile = rewrite("slip.ofd", (name, xml) -> xml);
        String escape = "../../gongwen-slip-" + ProcessHandle.current().pid() + ".xml";
        appendEntry(hostile, escape, out -> out.write("<x/>".getBytes(StandardCharsets.UTF_8)));
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(hostile));
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.detail().contains("zip slip"), e.detail());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertFalse(Files.exists(tmp.resolve(escape).normalize()) || Files.exists(tmp.getParent().resolve(escape)));
    }

    @Test
    void anOfdPartThatInflatesWithoutBoundIsABomb() throws Exception {
        Path bomb = rewrite("bomb.ofd", (name, xml) -> xml);
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        appendEntry(bomb, "Doc_0/Res/huge.xml", out -> {
            for (int i = 0; i < 80; i++) {
                out.write(spaces);
            }
        });
        assertTrue(Files.size(bomb) < 1 << 20);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(bomb));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void anOfdWithoutItsDocumentOrPagesIsCorrupt() throws Exception {
        Path noDocument = rewrite("no-document.ofd", (name, xml) -> name.equals("Doc_0/Document.xml") ? null : xml);
        Path noPage = rewrite("no-page.ofd", (name, xml) -> name.endsWith("Page_0/Content.xml") ? null : xml);
        Files.write(temp.resolve("bad-zip.ofd"), java.util.Arrays.copyOf(Files.readAllBytes(Fixtures.format(
                "ofd/tongzhi.ofd")), 900));
        for (Path bad : new Path[]{noDocument, noPage, temp.resolve("bad-zip.ofd")}) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(bad), bad.toString());
            assertEquals(Reason.CORRUPT, e.reason(), bad + ": " + e.detail());
            assertTrue(e.getMessage().startsWith("文件已损坏"), e.getMessage());
        }
    }

    @Test
    void aWpsSpreadsheetGivesOneLinePerRowWithItsCellsApart() throws Exception {
        Extraction extraction = extractor.extract(Fixtures.format("wps/guazhi-as-xls.et"));
        assertEquals("application/vnd.ms-excel", extraction.mediaType());
        assertTrue(extraction.text().lines().anyMatch(line -> line.strip().matches(
                "3\\s+欧阳振华\\s+男\\s+长春市发展和改革委员会\\s+九台区人民政府\\s+副区长")), extraction.text());
    }

    @Test
    void aWpsPresentationAndAWpsWriterFileSavedAsOoxmlAreRead() throws Exception {
        Extraction dps = extractor.extract(Fixtures.format("wps/huibao-as-ppt.dps"));
        assertEquals("application/vnd.ms-powerpoint", dps.mediaType());
        assertTrue(dps.text().contains("项目编号为PD1728的智慧农业平台"), dps.text());
        Extraction wps = extractor.extract(Fixtures.format("wps/zongjie-as-docx.wps"));
        assertTrue(wps.text().contains("挂职锻炼"), wps.text());
    }

    @Test
    void aWpsFileInWpsOwnOldFormatSaysWhatItIsAndWhatToSaveItAs() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(Fixtures.format("wps/wps2000.wps")));
        assertEquals(Reason.UNSUPPORTED, e.reason());
        assertTrue(e.getMessage().contains("WPS 2000 以前的旧格式") && e.getMessage().contains("另存为 .docx"),
                e.getMessage());
    }

    @Test
    void wpsMediaTypesAreDocuments() {
        for (String type : new String[]{"application/kswps", "application/wps-office.et", "application/wps-office.dps",
                "application/wps-office.docx", "application/vnd.ms-excel", "application/ofd"}) {
            assertTrue(Formats.isDocument(org.apache.tika.mime.MediaType.parse(type)), type);
        }
    }

    /** A copy of the OFD fixture with each XML entry rewritten (null drops it). */
    private Path rewrite(String name, BiFunction<String, String, String> change) throws IOException {
        Path out = temp.resolve(name);
        try (ZipFile in = new ZipFile(Fixtures.format("ofd/tongzhi.ofd").toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                String changed = change.apply(entry.getName(), xml);
                if (changed != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(changed.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    /** What writes an entry's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Rewrites the zip with one more entry. */
    static void appendEntry(Path zipFile, String name, Content content) throws IOException {
        Path copy = zipFile.resolveSibling(zipFile.getFileName() + ".tmp");
        try (ZipFile in = new ZipFile(zipFile.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.getInputStream(entry).readAllBytes());
            }
            zip.putNextEntry(new ZipEntry(name));
            content.writeTo(zip);
        }
        Files.move(copy, zipFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
