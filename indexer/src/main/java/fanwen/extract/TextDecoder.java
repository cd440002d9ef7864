package fanwen.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a plain-text file whose charset nobody declared, with rules that hold for short
 * Chinese texts, where statistical detectors (Tika's included) often guess wrong:
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 (GBK or Big5 text is almost never valid UTF-8);</li>
 *   <li>otherwise GB18030 and Big5 are both tried strictly; of those that decode without error, the one
 *       whose Han characters fall more often among that charset's own frequent characters wins
 *       (GB2312 level 1, rows 0xB0–0xD7, for GB18030; Big5 level 1, 0xA440–0xC67E, for Big5). Simplified
 *       text read as Big5, or traditional text read as GBK, scatters into rare characters and symbols, so
 *       the right reading scores far higher; a tie goes to GB18030;</li>
 *   <li>if neither decodes strictly, the one with fewer malformed bytes is used, leniently.</li>
 * </ol>
 * GB2312 and GBK are always read as their superset GB18030, which also covers characters beyond the BMP
 * such as 𠮷. UTF-16 without a byte-order mark is not recognised.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset GB2312 = Charset.forName("GB2312");

    /** The decoded text and the charset it was read with; {@code strict} is false if bytes were malformed. */
    record Decoded(String text, Charset charset, boolean strict) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        Optional<Decoded> withBom = decodeByBom(bytes);
        if (withBom.isPresent()) {
            return withBom.get();
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8, true);
        }
        Optional<String> gb = strict(bytes, GB18030);
        Optional<String> big5 = strict(bytes, BIG5);
        if (gb.isPresent() && big5.isPresent()) {
            return frequentShare(big5.get(), BIG5) > frequentShare(gb.get(), GB18030)
                    ? new Decoded(big5.get(), BIG5, true)
                    : new Decoded(gb.get(), GB18030, true);
        }
        if (gb.isPresent()) {
            return new Decoded(gb.get(), GB18030, true);
        }
        if (big5.isPresent()) {
            return new Decoded(big5.get(), BIG5, true);
        }
        String gbLenient = new String(bytes, GB18030);
        String big5Lenient = new String(bytes, BIG5);
        return replacements(big5Lenient) < replacements(gbLenient)
                ? new Decoded(big5Lenient, BIG5, false)
                : new Decoded(gbLenient, GB18030, false);
    }

    /** GB2312 and GBK (under any of their names) become GB18030; any other charset is returned as is. */
    static Charset widen(Charset charset) {
        String name = charset.name();
        return name.equals("GB2312") || name.equals("GBK") || name.equals("x-mswin-936") || name.equals("x-EUC-CN")
                ? GB18030 : charset;
    }

    private static Optional<Decoded> decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(bomless(b, 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(bomless(b, 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(bomless(b, 2, StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    private static Decoded bomless(byte[] bytes, int bomLength, Charset charset) {
        byte[] rest = java.util.Arrays.copyOfRange(bytes, bomLength, bytes.length);
        Optional<String> text = strict(rest, charset);
        return text.map(t -> new Decoded(t, charset, true))
                .orElseGet(() -> new Decoded(new String(rest, charset), charset, false));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The share of Han characters that are among the frequent (level 1) characters of the charset. */
    private static double frequentShare(String text, Charset charset) {
        CharsetEncoder encoder = (charset == BIG5 ? BIG5 : GB2312).newEncoder();
        int han = 0;
        int frequent = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            if (encoder.canEncode(c)) {
                int code = twoByteCode(encoder, c);
                boolean levelOne = charset == BIG5 ? code >= 0xA440 && code <= 0xC67E : code >= 0xB0A1 && code <= 0xD7FE;
                if (levelOne) {
                    frequent++;
                }
            }
        }
        return han == 0 ? 0 : (double) frequent / han;
    }

    private static int twoByteCode(CharsetEncoder encoder, char c) {
        try {
            ByteBuffer encoded = encoder.reset().encode(CharBuffer.wrap(new char[] {c}));
            return encoded.remaining() == 2 ? (encoded.get(0) & 0xFF) << 8 | (encoded.get(1) & 0xFF) : -1;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static long replacements(String text) {
        return text.chars().filter(c -> c == '\uFFFD').count();
    }
}
