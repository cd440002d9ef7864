package fanwen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.hankcs.hanlp.HanLP;

/**
 * Folds one UTF-16 char to one char, so that folding never moves an offset: full-width ASCII
 * (U+FF01–U+FF5E) to half-width, the ideographic space U+3000 to a space, upper to lower case, and
 * traditional to simplified Chinese with HanLP's single-character table
 * ({@code data/dictionary/tc/t2s.txt} in the HanLP jar).
 *
 * <p>It does not convert multi-character phrases (HanLP's phrase table would change lengths), and it
 * leaves surrogates alone, so characters beyond the BMP (𠮷, 𪚥) pass through untouched.
 */
public final class ChineseFolding {

    private static final String T2S_RESOURCE = "/data/dictionary/tc/t2s.txt";
    private static final char[] TABLE = buildTable();

    private ChineseFolding() {}

    /** The folded form of one char. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** The folded form of a text; the result has the same length. */
    public static String fold(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TABLE[text.charAt(i)];
        }
        return new String(chars);
    }

    /** Folds {@code length} chars of {@code buffer} from {@code offset}, in place. */
    public static void foldInPlace(char[] buffer, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            buffer[i] = TABLE[buffer[i]];
        }
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            int folded = c;
            if (folded >= 0xFF01 && folded <= 0xFF5E) {
                folded -= 0xFEE0;
            } else if (folded == 0x3000) {
                folded = ' ';
            }
            table[c] = Character.toLowerCase((char) folded);
        }
        char[] t2s = readTraditionalToSimplified();
        for (int c = 0; c < table.length; c++) {
            char target = t2s[table[c]];
            if (target != 0) {
                table[c] = target;
            }
        }
        return table;
    }

    /** A table from traditional char to simplified char, 0 where HanLP has no single-char mapping. */
    private static char[] readTraditionalToSimplified() {
        char[] t2s = new char[Character.MAX_VALUE + 1];
        try (InputStream in = HanLP.class.getResourceAsStream(T2S_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP resource " + T2S_RESOURCE + " not found on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int eq = line.indexOf('=');
                // Only one UTF-16 char on each side keeps folding length-preserving.
                if (eq == 1 && line.length() == 3 && !Character.isSurrogate(line.charAt(0))
                        && !Character.isSurrogate(line.charAt(2))) {
                    t2s[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP resource " + T2S_RESOURCE, e);
        }
        return t2s;
    }
}
