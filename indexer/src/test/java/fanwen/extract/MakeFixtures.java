package fanwen.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Makes the fixtures of {@code src/test/resources/formats} that LibreOffice cannot: a scanned PDF (the top
 * of {@code zongjie.pdf} rendered to a grey image, wrapped in a PDF without text), an encrypted PDF and
 * .docx (password {@code secret}), and a truncated PDF. Run by hand, from the module folder, when a fixture
 * must change; the results are committed, so tests never run this.
 */
final class MakeFixtures {

    private static final Path DIR = Path.of("src/test/resources/formats");

    public static void main(String[] args) throws Exception {
        scannedPdf(DIR.resolve("zongjie.pdf"), DIR.resolve("scanned.pdf"));
        encryptedPdf(DIR.resolve("zongjie.pdf"), DIR.resolve("encrypted.pdf"));
        encryptedDocx(DIR.resolve("zongjie.docx"), DIR.resolve("encrypted.docx"));
        byte[] pdf = Files.readAllBytes(DIR.resolve("zongjie.pdf"));
        Files.write(DIR.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    }

    private static void scannedPdf(Path source, Path target) throws IOException {
        try (PDDocument text = Loader.loadPDF(source.toFile()); PDDocument scan = new PDDocument()) {
            BufferedImage page = new PDFRenderer(text).renderImageWithDPI(0, 200, ImageType.GRAY);
            BufferedImage top = page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 3);
            PDRectangle size = new PDRectangle(top.getWidth() * 72f / 200, top.getHeight() * 72f / 200);
            PDPage scanned = new PDPage(size);
            scan.addPage(scanned);
            PDImageXObject image = LosslessFactory.createFromImage(scan, top);
            try (PDPageContentStream content = new PDPageContentStream(scan, scanned)) {
                content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
            }
            scan.save(target.toFile());
        }
    }

    private static void encryptedPdf(Path source, Path target) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(target.toFile());
        }
    }

    private static void encryptedDocx(Path source, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(source, out);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
