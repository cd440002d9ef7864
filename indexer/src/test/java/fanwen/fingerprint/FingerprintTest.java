package fanwen.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Normalised text, shingles, MinHash signatures and their LSH bands. */
class FingerprintTest {

    @Test
    void punctuationSpacesWidthCaseAndTraditionalFormsAreIgnored() {
        assertEquals(NormalizedText.of("加强领导明确责任gb").toString(),
                NormalizedText.of("加强領導， 明確責任。ＧＢ").toString());
    }

    @Test
    void keptCharsMapBackToExactOffsetsAlsoBeyondTheBmp() {
        String text = "一、𠮷祥 如意。";
        NormalizedText kept = NormalizedText.of(text);
        assertEquals("一𠮷祥如意", kept.toString());
        assertEquals(5, kept.length());
        assertEquals(2, kept.originalStart(1));
        assertEquals(4, kept.originalEnd(1), "the surrogate pair is one kept char");
        assertEquals("𠮷", text.substring(kept.originalStart(1), kept.originalEnd(1)));
        assertEquals("意", text.substring(kept.originalStart(4), kept.originalEnd(4)));
    }

    @Test
    void resemblanceIsExactJaccardOfFiveCharShingles() {
        Shingles a = Shingles.of(NormalizedText.of("一二三四五六七"));   // 一二三四五 二三四五六 三四五六七
        Shingles b = Shingles.of(NormalizedText.of("二三四五六七八")); // 二三四五六 三四五六七 四五六七八
        assertEquals(2.0 / 4, a.resemblance(b), 1e-9);
        assertEquals(1.0, a.resemblance(a), 1e-9);
        assertEquals(0.0, a.resemblance(Shingles.of(NormalizedText.of(""))), 1e-9);
        assertEquals(1, Shingles.of(NormalizedText.of("短句")).size(), "a text shorter than a shingle is one");
    }

    @Test
    void theSignatureEstimatesResemblanceWithinItsStandardError() {
        Random random = new Random(7);
        String base = randomHan(random, 3000);
        for (double keep : new double[]{0.3, 0.6, 0.9}) {
            String other = mutate(base, random, keep);
            Shingles a = Shingles.of(NormalizedText.of(base));
            Shingles b = Shingles.of(NormalizedText.of(other));
            double exact = a.resemblance(b);
            double estimate = MinHashSignature.of(a).resemblance(MinHashSignature.of(b));
            assertEquals(exact, estimate, 0.15, "keep " + keep); // > 3 standard errors
        }
    }

    @Test
    void theSignatureOfAUnionIsThePositionwiseMinimum() {
        NormalizedText text = NormalizedText.of(randomHan(new Random(3), 400));
        MinHashSignature whole = MinHashSignature.of(Shingles.of(text, 0, 400));
        MinHashSignature union = MinHashSignature.union(List.of(MinHashSignature.of(text, 0, 200),
                MinHashSignature.of(text, 200, 400), MinHashSignature.empty()));
        // the union lacks only the four shingles crossing the cut
        assertTrue(whole.resemblance(union) > 0.9, "resemblance " + whole.resemblance(union));
    }

    @Test
    void nearDuplicatesShareABandAndUnrelatedTextsDoNot() {
        Random random = new Random(11);
        String base = randomHan(random, 2000);
        MinHashSignature a = MinHashSignature.of(Shingles.of(NormalizedText.of(base)));
        MinHashSignature near = MinHashSignature.of(Shingles.of(NormalizedText.of(mutate(base, random, 0.8))));
        MinHashSignature unrelated = MinHashSignature.of(Shingles.of(NormalizedText.of(randomHan(random, 2000))));
        assertEquals(MinHashSignature.BANDS, a.bands().size());
        assertFalse(Collections.disjoint(new HashSet<>(a.bands()), near.bands()));
        assertTrue(Collections.disjoint(new HashSet<>(a.bands()), unrelated.bands()));
        assertTrue(MinHashSignature.empty().bands().isEmpty());
    }

    @Test
    void aSignatureSurvivesStorage() {
        MinHashSignature s = MinHashSignature.of(Shingles.of(NormalizedText.of("关于加强干部挂职锻炼管理工作的通知")));
        byte[] bytes = s.toBytes();
        assertEquals(1.0, MinHashSignature.fromBytes(bytes).resemblance(s), 1e-9);
        assertTrue(MinHashSignature.fromBytes(MinHashSignature.empty().toBytes()).isEmpty());
    }

    private static String randomHan(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) (0x4E00 + random.nextInt(3000)));
        }
        return out.toString();
    }

    /** Keeps each 20-char sentence with probability {@code keep}, else replaces it by a random one. */
    private static String mutate(String text, Random random, double keep) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 20) {
            String s = text.substring(i, Math.min(text.length(), i + 20));
            sentences.add(random.nextDouble() < keep ? s : randomHan(random, s.length()));
        }
        return String.join("。", sentences);
    }
}
