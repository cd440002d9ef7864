package fanwen.extract;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.BitSet;

import fanwen.analysis.ChineseFolding;

/**
 * Tells extracted text from the "text" a parser makes of bytes that are not text in the charset it guessed:
 * random or binary data read as UTF-16 or as a legacy code page comes out as a stream of rare ideographs,
 * Hangul, private-use and unassigned characters and U+FFFD, which would be indexed as a document of noise.
 *
 * <p>Two signs, either of which marks a text as garbled, counted over its non-space characters (a text of
 * fewer than {@value #MIN_CHARS} is never judged):
 * <ul>
 *   <li>more than one in ten is junk — U+FFFD, an unassigned or unpaired surrogate character, a private-use
 *       character outside Word's symbol-font range (U+F000–U+F0FF: Wingdings bullets), or an Arabic
 *       presentation form (legacy code pages decode random bytes into them);</li>
 *   <li>at least {@value #MIN_HAN} Han characters of which fewer than seven in ten are common ones (in GB 2312
 *       once folded: traditional to simplified, Kangxi radicals and compatibility ideographs — which some
 *       PDF exports write for ⼀ ⼯ ⽂ — to the ideographs they stand for; 〇 counts as common). Real Chinese
 *       prose, including traditional and classical text, is above 95 %; ideographs spread uniformly over the
 *       CJK block, as garbage is, about 32 %. Japanese, whose kanji GB 2312 often lacks, is recognised by its
 *       kana (more than one letter in ten) and spared this test.</li>
 * </ul>
 */
final class GarbledText {

    static final int MIN_CHARS = 40;
    static final int MIN_HAN = 20;
    private static final BitSet COMMON_HAN = commonHan();

    private GarbledText() {
    }

    /** Whether {@code text} looks like undecoded bytes rather than text. */
    static boolean isGarbled(String text) {
        int counted = 0;
        int junk = 0;
        int han = 0;
        int commonHan = 0;
        int kana = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            counted++;
            if (isJunk(c)) {
                junk++;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
                if (isCommonHan(c)) {
                    commonHan++;
                }
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            }
        }
        if (counted < MIN_CHARS) {
            return false;
        }
        boolean japanese = kana * 10 > counted;
        return junk * 10 > counted || !japanese && han >= MIN_HAN && commonHan * 10 < han * 7;
    }

    private static boolean isCommonHan(int c) {
        if (c == '〇') {
            return true;
        }
        if (c > Character.MAX_VALUE) {
            return false;
        }
        char folded = ChineseFolding.fold((char) c);
        if (isRadicalOrCompatibility(folded)) {
            String normal = Normalizer.normalize(String.valueOf(folded), Normalizer.Form.NFKC);
            folded = normal.length() == 1 ? ChineseFolding.fold(normal.charAt(0)) : folded;
        }
        return COMMON_HAN.get(folded);
    }

    /** CJK radicals supplement, Kangxi radicals and CJK compatibility ideographs: NFKC maps them to ideographs. */
    private static boolean isRadicalOrCompatibility(char c) {
        return c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF';
    }

    private static boolean isJunk(int c) {
        if (c == '\uFFFD') {
            return true;
        }
        int type = Character.getType(c);
        boolean symbolFont = c >= 0xF000 && c <= 0xF0FF;
        return type == Character.PRIVATE_USE && !symbolFont || type == Character.UNASSIGNED
                || type == Character.SURROGATE || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFC;
    }

    private static BitSet commonHan() {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        BitSet common = new BitSet(Character.MAX_VALUE + 1);
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            if (gb2312.canEncode(c)) {
                common.set(c);
            }
        }
        return common;
    }
}
