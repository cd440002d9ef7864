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

    /** Whether {@code line}, leading whitespace aside, starts with a legal or numbered heading marker. */
    public static boolean startsWithMarker(String line) {
        return ANY.matcher(line.strip()).lookingAt();
    }
}
