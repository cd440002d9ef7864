package fanwen.extract;

import java.util.regex.Pattern;

/**
 * The last step of every extraction: drops control characters (all but {@code \n} and {@code \t}) and
 * stray byte-order marks, turns {@code \r\n} and {@code \r} into {@code \n}, empties lines that hold only
 * white space, shrinks every run of blank lines to a single blank line, and trims the whole text. It does
 * not touch the characters a reader sees: no case, width or script folding happens here.
 */
final class TextCleaner {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\x{FEFF}");
    private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[\\p{Z}\\t\\x{3000}]+$");
    private static final Pattern BLANK_RUN = Pattern.compile("\\n{3,}");

    private TextCleaner() {
    }

    static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String visible = CONTROL.matcher(unified).replaceAll("");
        String noBlankLines = BLANK_LINE.matcher(visible).replaceAll("");
        return BLANK_RUN.matcher(noBlankLines).replaceAll("\n\n").strip();
    }
}
