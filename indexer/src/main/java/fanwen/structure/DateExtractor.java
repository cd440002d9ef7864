package fanwen.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's date and year. Looks, in order of trust, at the title, a law's enactment and revision
 * lines at the top (…通过, …修正; the latest wins), the signature block (short
 * lines among the last {@value #TAIL_LINES}), and short lines among the first {@value #HEAD_LINES} (e.g.
 * "——2026年2月3日在…会议上", "（2022年10月16日）"; of several dates the latest wins). Dates in long body sentences are events, not the document's date, and are ignored.
 * The year comes from that date, else from a year in the title ("2015年上半年工作总结", "2015年度"), else
 * from a year-and-month signature ("2015年12月"), else from a file name starting with a year
 * ({@code 2026_广东省_政府工作报告.txt}, {@code 2015年总结.docx}). Recognises 2023年3月1日, 二〇二三年三月一日, 2023-03-01,
 * 2023.3.1 and 2023/3/1, with full-width digits; years before {@value #MIN_YEAR} or after next year are
 * rejected. Stateless and thread-safe.
 */
public final class DateExtractor {
    static final int MIN_YEAR = 1900;
    private static final int HEAD_LINES = 8;
    private static final int TAIL_LINES = 5;
    private static final int MAX_DATE_LINE = 60;

    private static final String CN = "〇○零一二三四五六七八九十";
    private static final Pattern DATE = Pattern.compile(
            "([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*([0-9０-９]{1,2}|[" + CN + "]{1,3})\\s*月"
                    + "(?:\\s*([0-9０-９]{1,2}|[" + CN + "]{1,3})\\s*日)?"
                    + "|(?<![0-9０-９])([0-9０-９]{4})[-./／]([0-9０-９]{1,2})[-./／]([0-9０-９]{1,2})(?![0-9０-９])");
    private static final Pattern FILE_NAME_YEAR = Pattern.compile("^([0-9]{4})(?:[_\\-\\s.]|年)");
    private static final Pattern ENACTMENT = Pattern.compile("通过|修正|修订|公布|发布|印发");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\\s*年");

    /** A date, or only a year, or neither. */
    public record Dating(Optional<LocalDate> date, Optional<Integer> year) {
    }

    private record Found(Optional<LocalDate> date, Optional<Integer> year) {
    }

    /** The date and year of a document with this title, text and file name. */
    public Dating extract(String title, String text, String fileName) {
        List<Lines.Line> lines = Lines.nonBlank(text, 0, text.length());
        List<Lines.Line> head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));
        List<Lines.Line> tail = lines.subList(Math.max(head.size(), lines.size() - TAIL_LINES), lines.size());

        Optional<Found> inTitle = latest(List.of(title));
        Optional<Found> enactment = latest(shortLines(text, head).stream().filter(l -> ENACTMENT.matcher(l).find()).toList());
        Optional<Found> inTail = latest(shortLines(text, tail));
        Optional<Found> inHead = latest(shortLines(text, head));
        Optional<LocalDate> date = firstDate(inTitle, enactment, inTail, inHead);
        Optional<Integer> year = date.map(LocalDate::getYear)
                .or(() -> inTitle.flatMap(Found::year))
                .or(() -> yearIn(title))
                .or(() -> inTail.flatMap(Found::year))
                .or(() -> inHead.flatMap(Found::year))
                .or(() -> yearOfFileName(fileName));
        return new Dating(date, year);
    }

    @SafeVarargs
    private static Optional<LocalDate> firstDate(Optional<Found>... candidates) {
        for (Optional<Found> c : candidates) {
            if (c.isPresent() && c.get().date().isPresent()) {
                return c.get().date();
            }
        }
        return Optional.empty();
    }

    private static List<String> shortLines(String text, List<Lines.Line> lines) {
        return lines.stream().filter(l -> l.length() <= MAX_DATE_LINE).map(l -> l.of(text)).toList();
    }

    /** The latest full date among {@code lines}, or else the latest year-month. */
    private static Optional<Found> latest(List<String> lines) {
        LocalDate bestDate = null;
        Integer bestYear = null;
        for (String line : lines) {
            Matcher m = DATE.matcher(line);
            while (m.find()) {
                boolean iso = m.group(4) != null;
                int year = number(iso ? m.group(4) : m.group(1));
                int month = number(iso ? m.group(5) : m.group(2));
                String dayText = iso ? m.group(6) : m.group(3);
                if (!plausibleYear(year) || month < 1 || month > 12) {
                    continue;
                }
                if (dayText != null) {
                    try {
                        LocalDate d = LocalDate.of(year, month, number(dayText));
                        if (bestDate == null || d.isAfter(bestDate)) {
                            bestDate = d;
                        }
                    } catch (DateTimeException notADate) {
                        // e.g. 2月30日: keep looking
                    }
                } else if (bestYear == null || year > bestYear) {
                    bestYear = year;
                }
            }
        }
        if (bestDate != null) {
            return Optional.of(new Found(Optional.of(bestDate), Optional.of(bestDate.getYear())));
        }
        return bestYear == null ? Optional.empty() : Optional.of(new Found(Optional.empty(), Optional.of(bestYear)));
    }

    private static Optional<Integer> yearIn(String title) {
        Matcher m = YEAR.matcher(title);
        while (m.find()) {
            int year = number(m.group(1));
            if (plausibleYear(year)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> yearOfFileName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
        Matcher m = FILE_NAME_YEAR.matcher(name);
        return m.find() && plausibleYear(number(m.group(1))) ? Optional.of(number(m.group(1))) : Optional.empty();
    }

    static boolean plausibleYear(int year) {
        return year >= MIN_YEAR && year <= Year.now().getValue() + 1;
    }

    /** Parses 2023, ２０２３, 二〇二三 (digit by digit) and 十二, 三十一 (as numbers); -1 if not a number. */
    static int number(String s) {
        boolean digitByDigit = s.length() == 4 || s.chars().allMatch(c -> Character.isDigit(c));
        if (digitByDigit) {
            int n = 0;
            for (char c : s.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                n = n * 10 + d;
            }
            return n;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        if (Character.isDigit(c)) {
            return Character.digit(c, 10);
        }
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        return c == '○' || c == '零' ? 0 : -1;
    }
}
