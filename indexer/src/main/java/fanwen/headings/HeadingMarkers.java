package fanwen.headings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the rungs of a Chinese heading ladder are marked at the start of a line: 第一编/章/节/条, 一、 （一）
 * 1、 1. （1） ① 一是, in half- and full-width forms. The one definition of these markers: the
 * structure stage's heading detector uses it to tell the kind of a heading, and the PDF line joiner so as not to
 * glue a heading onto the line before it. A marker says only that a line may be a heading; whether it is one (a
 * short lead-in, not a list item) is the detector's decision. Markdown {@code #} is not a marker here.
 */
public final class HeadingMarkers {
    private static final String CN_DIGITS = "一二三四五六七八九十百千零〇○两";
    private static final String DIGITS = "0-9０-９";
    /** The numerals of numbered markers (一、 （十二）), in value order from 一. */
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    /** 第一编/章/节/条 (or 第一条之一), followed by a space or the end of the line; group 1 is the division. */
    public static final Pattern LEGAL = Pattern.compile(
            "第[" + CN_DIGITS + DIGITS + "]{1,6}([编章节条])(?:之[" + CN_DIGITS + "]{1,3})?(?=[\\s\u3000]|$)");

    /** The marker of each numbered kind, to be matched at the start of a line ({@code lookingAt}). */
    public static final Map<HeadingKind, Pattern> NUMBERED;

    static {
        Map<HeadingKind, Pattern> numbered = new EnumMap<>(HeadingKind.class);
        numbered.put(HeadingKind.CHINESE_NUMBER, Pattern.compile("[一二三四五六七八九十]{1,3}[、．]"));
        numbered.put(HeadingKind.PAREN_CHINESE_NUMBER, Pattern.compile("[（(][一二三四五六七八九十]{1,3}[）)]"));
        numbered.put(HeadingKind.ARABIC_COMMA, Pattern.compile("[" + DIGITS + "]{1,2}、"));
        numbered.put(HeadingKind.ARABIC_DOT, Pattern.compile("[" + DIGITS + "]{1,2}[.．](?![" + DIGITS + "])"));
        numbered.put(HeadingKind.PAREN_ARABIC, Pattern.compile("[（(][" + DIGITS + "]{1,2}[）)]"));
        numbered.put(HeadingKind.CIRCLED, Pattern.compile("[①-⑳]"));
        numbered.put(HeadingKind.ENUMERATION, Pattern.compile("[一二三四五六七八九十]是"));
        NUMBERED = Collections.unmodifiableMap(numbered);
    }

    private static final Pattern ANY = Pattern.compile(Stream.concat(Stream.of(LEGAL), NUMBERED.values().stream())
            .map(Pattern::pattern).collect(Collectors.joining("|", "(?:", ")")));

    private HeadingMarkers() {
    }

    /**
     * The number a numbered marker at the start of {@code heading} gives (二、 2, （十二） 12, 3. 3, ⑤ 5); 0 when it
     * starts with none.
     */
    public static int number(String heading) {
        String s = heading.strip();
        if (!s.isEmpty() && s.charAt(0) >= '①' && s.charAt(0) <= '⑳') {
            return s.charAt(0) - '①' + 1;
        }
        int i = s.startsWith("（") || s.startsWith("(") ? 1 : 0;
        int digits = 0;
        int value = 0;
        for (; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                break;
            }
            value = value * 10 + d;
            digits++;
        }
        if (digits > 0) {
            return value;
        }
        int end = i;
        while (end < s.length() && CHINESE_NUMERALS.indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        return chineseNumber(s.substring(i, end));
    }

    /** 一 … 九十九 as written in heading markers (十二, 二十, 二十三); 0 for anything else. */
    private static int chineseNumber(String numerals) {
        if (numerals.isEmpty()) {
            return 0;
        }
        int ten = numerals.indexOf('十');
        if (ten < 0) {
            return numerals.length() == 1 ? CHINESE_NUMERALS.indexOf(numerals.charAt(0)) + 1 : 0;
        }
        int tens = ten == 0 ? 1 : CHINESE_NUMERALS.indexOf(numerals.charAt(0)) + 1;
        int units = ten == numerals.length() - 1 ? 0 : CHINESE_NUMERALS.indexOf(numerals.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    /** Whether {@code line}, leading whitespace aside, starts with a legal or numbered heading marker. */
    public static boolean startsWithMarker(String line) {
        return ANY.matcher(line.strip()).lookingAt();
    }
}
