package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scans read by Tesseract's Chinese OCR. Without it these tests fail in CI ({@code CI=true}) and are skipped
 * elsewhere, saying why.
 */
class ExtractorOcrTest {

    @BeforeEach
    void requireChineseOcr() {
        if (TesseractProbe.chineseOcrAvailable()) {
            return;
        }
        String message = "the OCR tests need tesseract with chi_sim: apt-get install tesseract-ocr"
                + " tesseract-ocr-chi-sim (scripts/install-test-tools.sh does it as root)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    @Test
    void aScannedPdfIsReadByChineseOcr() throws Exception {
        try (Extractor extractor = new Extractor()) {
            Extraction extraction = extractor.extract(Fixtures.format("scanned.pdf"));
            assertTrue(extraction.ocr());
            assertEquals("application/pdf", extraction.mediaType());
            assertTrue(extraction.text().contains("挂职锻炼") && extraction.text().contains("农业信息化"), extraction.text());
        }
    }

    @Test
    void aScannedOfdIsReadByChineseOcr() throws Exception {
        try (Extractor extractor = new Extractor()) {
            Extraction extraction = extractor.extract(Fixtures.format("ofd/scanned.ofd"));
            assertTrue(extraction.ocr());
            assertEquals("application/ofd", extraction.mediaType());
            // 关于开展档案数字化工作的通知 / 各单位：请于六月底前报送挂职锻炼干部的档案目录。 (MakeScannedOfd), less OCR's slips
            assertTrue(extraction.text().contains("档案数字化") && extraction.text().contains("挂职锻炼"), extraction.text());
        }
    }
}
