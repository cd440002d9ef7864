package fanwen.analysis;

import static fanwen.analysis.WellFormed.assertWellFormed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fanwen.analysis.HanLPTokenizer.Mode;

class OffsetsTest {

    static final String PROBE = "ＰＤ１７２８型号，ＧＢ／Ｔ　９７０４－２０１２，5G网络，2023年，臺灣省總工會";

    static String seedSpeech() throws IOException {
        try (InputStream in = OffsetsTest.class.getResourceAsStream("/seed-speech.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void offsetsAreExactForAWholeSpeech(Mode mode) throws IOException {
        String text = seedSpeech();
        assertWellFormed(text, Tokens.of(new ChineseAnalyzer(mode, false), text));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void offsetsAreExactForFullWidthAndMixedText(Mode mode) {
        assertWellFormed(PROBE, Tokens.of(new ChineseAnalyzer(mode, false), PROBE));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void offsetsStayExactAcrossChunksOfALongTextWithoutPunctuation(Mode mode) throws IOException {
        String speech = seedSpeech();
        String text = "加强基层党建工作".repeat(2000) + "x".repeat(600) + "ab12-".repeat(300)
                + speech.replace("\n", "") + "𠮷".repeat(5000) + speech;
        assertWellFormed(text, Tokens.of(new ChineseAnalyzer(mode, false), text));
    }
}
