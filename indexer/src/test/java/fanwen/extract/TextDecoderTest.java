package fanwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String SIMPLIFIED = "按照组织安排，本人到县农业农村局挂职锻炼，牵头完成了项目编号为PD1728的平台建设。";
    private static final String TRADITIONAL = "按照組織安排，本人到縣農業農村局掛職鍛煉，牽頭完成了項目編號為PD1728的平臺建設。";

    @Test
    void aShortGbkTextIsReadAsGb18030() {
        assertDecodes(SIMPLIFIED, Charset.forName("GBK"), TextDecoder.GB18030);
    }

    @Test
    void aShortBig5TextIsReadAsBig5() {
        assertDecodes(TRADITIONAL, TextDecoder.BIG5, TextDecoder.BIG5);
    }

    @Test
    void aCharacterBeyondGbkSurvivesGb18030() {
        assertDecodes("吉祥的𠮷字，" + SIMPLIFIED, TextDecoder.GB18030, TextDecoder.GB18030);
    }

    @Test
    void validUtf8WinsOverTheChineseCharsets() {
        assertDecodes(SIMPLIFIED, StandardCharsets.UTF_8, StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkDecidesAndIsDropped() {
        byte[] body = SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        TextDecoder.Decoded decoded = TextDecoder.decode(withBom);
        assertEquals(SIMPLIFIED, decoded.text());
        assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
    }

    @Test
    void gbkAndGb2312AreWidenedToGb18030() {
        assertEquals(TextDecoder.GB18030, TextDecoder.widen(Charset.forName("GBK")));
        assertEquals(TextDecoder.GB18030, TextDecoder.widen(Charset.forName("GB2312")));
        assertEquals(TextDecoder.BIG5, TextDecoder.widen(TextDecoder.BIG5));
    }

    private static void assertDecodes(String text, Charset encodedWith, Charset expected) {
        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(encodedWith));
        assertEquals(text, decoded.text());
        assertEquals(expected, decoded.charset());
    }
}
