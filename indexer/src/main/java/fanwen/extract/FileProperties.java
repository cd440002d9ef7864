package fanwen.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The title and creation date a file declares in its own metadata, with the useless values office
 * programs leave behind filtered out: {@code Microsoft Word - 通知.doc} becomes {@code 通知}; an empty or
 * placeholder title, or a date before 1980 or in the future (a zero FILETIME reads as 1601), is absent.
 */
final class FileProperties {

    private static final Pattern PROGRAM_PREFIX = Pattern.compile(
            "^(Microsoft (Word|PowerPoint|Excel)|WPS (文字|Office)|Word)\\s*-\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.(docx?|wps|rtf|odt|pdf|txt|html?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PLACEHOLDERS = Set.of("untitled", "无标题", "title", "document", "文档",
            "microsoft word", "wps", "slide 1", "powerpoint presentation");

    private FileProperties() {
    }

    static Optional<String> title(Metadata metadata) {
        String raw = metadata.get(TikaCoreProperties.TITLE);
        if (raw == null) {
            return Optional.empty();
        }
        String title = FILE_SUFFIX.matcher(PROGRAM_PREFIX.matcher(raw.strip()).replaceFirst("")).replaceFirst("").strip();
        boolean useless = title.isEmpty() || PLACEHOLDERS.contains(title.toLowerCase(Locale.ROOT))
                || title.toLowerCase(Locale.ROOT).matches("((new )?document|文档|新建.*文档)\\s*\\d*");
        return useless ? Optional.empty() : Optional.of(title);
    }

    static Optional<LocalDate> created(Metadata metadata) {
        Date date = metadata.getDate(TikaCoreProperties.CREATED);
        if (date == null) {
            return Optional.empty();
        }
        LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        boolean plausible = day.getYear() >= 1980 && !day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        return plausible ? Optional.of(day) : Optional.empty();
    }
}
