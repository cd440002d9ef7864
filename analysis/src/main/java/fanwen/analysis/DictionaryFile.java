package fanwen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a domain dictionary file: one term per line, optionally followed by whitespace and a HanLP
 * part of speech (default {@code nz}); {@code #} starts a comment; blank lines are ignored; a UTF-8 byte
 * order mark is skipped. Terms are folded with {@link ChineseFolding}, as the tokenizer sees text.
 *
 * <p>It does not touch HanLP. A bad line (more than two fields, a part of speech that is not letters, a
 * term of whitespace or punctuation only, or longer than {@value #MAX_TERM_LENGTH} chars) is counted and
 * skipped, never thrown.
 */
public final class DictionaryFile {

    /** The longest term accepted. */
    public static final int MAX_TERM_LENGTH = 32;

    static final String DEFAULT_NATURE = "nz";
    private static final Pattern NATURE = Pattern.compile("[A-Za-z]{1,8}");
    private static final Pattern FIELDS = Pattern.compile("\\s+");

    /** One dictionary term and its part of speech. */
    public record Entry(String term, String nature) {}

    /** The entries of a file and the number of bad lines skipped. */
    public record Parsed(List<Entry> entries, int skippedLines) {}

    private DictionaryFile() {}

    /** Reads every line of {@code reader}; the reader is not closed. */
    public static Parsed parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int skipped = 0;
        boolean first = true;
        for (String line; (line = reader.readLine()) != null; first = false) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            Entry entry = parseLine(content);
            if (entry == null) {
                skipped++;
            } else {
                entries.add(entry);
            }
        }
        return new Parsed(List.copyOf(entries), skipped);
    }

    private static Entry parseLine(String content) {
        String[] fields = FIELDS.split(content);
        if (fields.length > 2) {
            return null;
        }
        String term = ChineseFolding.fold(fields[0]);
        String nature = fields.length == 2 ? fields[1] : DEFAULT_NATURE;
        if (term.length() > MAX_TERM_LENGTH || !hasWordCharacter(term) || !NATURE.matcher(nature).matches()) {
            return null;
        }
        return new Entry(term, nature);
    }

    private static boolean hasWordCharacter(String term) {
        return term.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
