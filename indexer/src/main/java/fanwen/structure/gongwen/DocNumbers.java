package fanwen.structure.gongwen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 (文号): the issuing organ's code, the year and the serial number, {@code 国办发〔2021〕5号} (GB/T 9704-2012
 * §7.2.4: the year in hexagonal brackets 〔〕, no leading zeros, no 第). In practice the year is also written in
 * [] ［］ () （） 【】 {} or as {@code 2019年}, with a 第 before the number and spaces anywhere. {@link #normalize(String)}
 * maps all of these to one key, {@code 吉政办发2019-8}, to index and to query; {@link #find(CharSequence)} finds
 * one in a line; {@link #isDocNumber(String)} says whether a query string is one.
 */
public final class DocNumbers {

    private static final String OPEN = "〔\\[［(（【{｛";
    private static final String CLOSE = "〕\\]］)）】}｝";
    /**
     * The organ code: Han characters, possibly with Latin letters or digits after the first Han character
     * ({@code 国发}, {@code 吉政办发}, {@code 京卫医字}, {@code 中办发}); then the year bracketed or followed by 年,
     * then the number and 号.
     */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "(\\p{IsHan}[\\p{IsHan}A-Za-z0-9]{0,14}?)\\s*"
                    + "(?:[" + OPEN + "]\\s*((?:19|20)\\d{2})\\s*[" + CLOSE + "]|((?:19|20)\\d{2})\\s*年)"
                    + "\\s*第?\\s*0*(\\d{1,5})\\s*号");

    private DocNumbers() {
    }

    /** The first 文号 in a text, as written (trimmed), with its place. */
    public static Optional<Found> find(CharSequence text) {
        Matcher m = DOC_NUMBER.matcher(text);
        return m.find() ? Optional.of(new Found(m.group().strip(), m.start(), m.end())) : Optional.empty();
    }

    /** A 文号 found in a text: as written, and where. */
    public record Found(String text, int start, int end) {
    }

    /**
     * The search key of a 文号: code, year and number without brackets, 年, 第, spaces or leading zeros, full-width
     * letters and digits folded ({@code 吉政办发〔2019〕8号} → {@code 吉政办发2019-8}); empty when the string holds no 文号.
     */
    public static Optional<String> normalize(String docNumber) {
        Matcher m = DOC_NUMBER.matcher(fold(docNumber));
        if (!m.find()) {
            return Optional.empty();
        }
        String year = m.group(2) != null ? m.group(2) : m.group(3);
        return Optional.of(m.group(1) + year + "-" + m.group(4));
    }

    /** Whether a query string is a 文号 and nothing else (spaces and quotes around it allowed). */
    public static boolean isDocNumber(String query) {
        String q = fold(query).strip().replaceAll("^[\"“”']+|[\"“”']+$", "").strip();
        Matcher m = DOC_NUMBER.matcher(q);
        return m.matches();
    }

    /** Full-width ASCII folded to half-width; 〇 left alone. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0xFF10 && c <= 0xFF19 || c >= 0xFF21 && c <= 0xFF3A
                || c >= 0xFF41 && c <= 0xFF5A ? c - 0xFEE0 : c == 0x3000 ? ' ' : c));
        return out.toString();
    }
}
