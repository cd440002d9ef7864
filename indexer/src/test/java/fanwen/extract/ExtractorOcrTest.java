package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ExtractorOcrTest {

    @Test
    void aScannedPdfIsReadByChineseOcr() throws Exception {
        Assumptions.assumeTrue(TesseractProbe.chineseOcrAvailable(), "tesseract with chi_sim is not installed");
        try (Extractor extractor = new Extractor()) {
            Extraction extraction = extractor.extract(Fixtures.format("scanned.pdf"));
            assertTrue(extraction.ocr());
            assertEquals("application/pdf", extraction.mediaType());
            assertTrue(extraction.text().contains("挂职锻炼") && extraction.text().contains("农业信息化"), extraction.text());
        }
    }
}
