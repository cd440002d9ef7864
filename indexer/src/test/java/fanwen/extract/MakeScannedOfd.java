package fanwen.extract;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Position;

/**
 * Makes {@code src/test/resources/formats/ofd/scanned.ofd}: an OFD whose one A4 page is a single image and no
 * text, as a scanner writes it. The image is a 150 dpi grey page with a 通知's title and first line rendered in
 * Noto Sans CJK SC (Debian {@code fonts-noto-cjk}), black on white; ofdrw's layout module stores it as a document
 * resource and draws it over the whole page. Run by hand, from the module folder, when the fixture must change;
 * the result is committed, so tests never run this.
 */
final class MakeScannedOfd {

    private static final String TITLE = "关于开展档案数字化工作的通知";
    private static final String FIRST_LINE = "各单位：请于六月底前报送挂职锻炼干部的档案目录。";

    private static final Path TARGET = Path.of("src/test/resources/formats/ofd/scanned.ofd");
    private static final Path FONT = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
    private static final int DPI = 150;
    private static final double A4_WIDTH_MM = 210;
    private static final double A4_HEIGHT_MM = 297;

    private MakeScannedOfd() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("scanned-ofd-");
        Path image = folder.resolve("scan.png"); // the name the image gets in the package
        try {
            ImageIO.write(page(), "png", image.toFile());
            try (OFDDoc doc = new OFDDoc(TARGET)) {
                VirtualPage page = new VirtualPage(A4_WIDTH_MM, A4_HEIGHT_MM);
                page.add(new Img(A4_WIDTH_MM, A4_HEIGHT_MM, image).setPosition(Position.Absolute).setXY(0d, 0d));
                doc.addVPage(page);
            }
        } finally {
            Files.deleteIfExists(image);
            Files.delete(folder);
        }
        System.out.println("wrote " + TARGET + " (" + Files.size(TARGET) + " bytes)");
    }

    /** The scanned page: the title centred in 二号 (22 pt), the first line under it in 三号 (16 pt). */
    private static BufferedImage page() throws IOException, FontFormatException {
        int width = pixels(A4_WIDTH_MM);
        int height = pixels(A4_HEIGHT_MM);
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font sc = simplifiedChinese();
            g.setFont(sc.deriveFont(points(22)));
            g.drawString(TITLE, (width - g.getFontMetrics().stringWidth(TITLE)) / 2, pixels(50));
            g.setFont(sc.deriveFont(points(16)));
            g.drawString(FIRST_LINE, pixels(28), pixels(70));
        } finally {
            g.dispose();
        }
        return page;
    }

    /** The simplified-Chinese face of the Noto Sans CJK collection (its first face is the Japanese one). */
    private static Font simplifiedChinese() throws IOException, FontFormatException {
        return Stream.of(Font.createFonts(FONT.toFile()))
                .filter(font -> font.getFamily(Locale.ROOT).equals("Noto Sans CJK SC"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Noto Sans CJK SC in " + FONT));
    }

    private static int pixels(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * DPI);
    }

    private static float points(double size) {
        return (float) (size / 72 * DPI);
    }
}
