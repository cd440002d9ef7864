package fanwen.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Tells whether Tesseract with its simplified-Chinese model ({@code chi_sim}) can be run from the PATH,
 * by asking {@code tesseract --list-langs} once per process. Without it, scanned PDFs and images cannot
 * be read and extraction says so instead of returning nothing.
 */
final class TesseractProbe {

    private static volatile Boolean chineseAvailable;

    private TesseractProbe() {
    }

    static boolean chineseOcrAvailable() {
        Boolean known = chineseAvailable;
        if (known == null) {
            known = listLanguages().lines().anyMatch(line -> line.strip().equals("chi_sim"));
            chineseAvailable = known;
        }
        return known;
    }

    private static String listLanguages() {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "";
                }
                return new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
