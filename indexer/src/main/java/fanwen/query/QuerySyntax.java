package fanwen.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fanwen.model.Filters;

/**
 * Parses the query language users type: plain words separated by spaces, {@code "exact phrase"} (ASCII or
 * Chinese quotes), {@code -word} or {@code -"phrase"} to exclude, and the filters {@code type:讲话},
 * {@code year:2015}, {@code year:2015..2020} (also {@code 2015-2020}, open ends {@code ..2020}),
 * {@code unit:…}, {@code tag:…}.
 *
 * <p>It never fails: whatever it cannot read as syntax (an unbalanced quote, {@code type:} with no value,
 * a malformed year, a lone {@code -}) is read as plain words, so a query always runs.
 */
public final class QuerySyntax {

    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})?\\s*(?:\\.\\.|-|~|—|至)\\s*(\\d{4})?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int MAX_QUERY_CHARS = 2_000;

    private QuerySyntax() {
    }

    public static ParsedQuery parse(String query) {
        String q = query == null ? "" : query;
        if (q.length() > MAX_QUERY_CHARS) {
            q = q.substring(0, MAX_QUERY_CHARS);
        }
        q = q.replace('\u3000', ' ').replace('“', '"').replace('”', '"').replace('＂', '"');
        Builder b = new Builder();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if ((c == '-' || c == '－') && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                negated = true;
                i++;
                c = q.charAt(i);
            }
            if (c == '"') {
                int close = q.indexOf('"', i + 1);
                if (close > i + 1) {
                    String phrase = q.substring(i + 1, close).strip();
                    if (!phrase.isEmpty()) {
                        (negated ? b.excluded : b.phrases).add(phrase);
                    }
                    i = close + 1;
                    continue;
                }
                i++; // unbalanced or empty quote: drop the quote, read the rest as words
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') {
                end++;
            }
            String word = q.substring(i, end);
            i = end;
            if (negated) {
                b.excluded.add(word);
            } else if (!b.filter(word)) {
                b.words.add(word);
            }
        }
        return b.build();
    }

    private static final class Builder {
        final List<String> words = new ArrayList<>();
        final List<String> phrases = new ArrayList<>();
        final List<String> excluded = new ArrayList<>();
        final List<String> types = new ArrayList<>();
        final List<String> units = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<String> issuers = new ArrayList<>();
        Optional<Integer> yearFrom = Optional.empty();
        Optional<Integer> yearTo = Optional.empty();

        /** Reads {@code word} as a filter if it is one; returns false to treat it as a plain word. */
        boolean filter(String word) {
            int colon = indexOfColon(word);
            if (colon <= 0 || colon == word.length() - 1) {
                return false;
            }
            String key = word.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = word.substring(colon + 1);
            switch (key) {
                case "type", "类型" -> types.add(value);
                case "unit", "单位" -> units.add(value);
                case "tag", "标签" -> tags.add(value);
                case "issuer", "发文机关" -> issuers.add(value);
                case "year", "年份" -> {
                    return year(value);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private static int indexOfColon(String word) {
            int ascii = word.indexOf(':');
            int wide = word.indexOf('：');
            if (ascii < 0) {
                return wide;
            }
            return wide < 0 ? ascii : Math.min(ascii, wide);
        }

        private boolean year(String value) {
            if (YEAR.matcher(value).matches()) {
                yearFrom = Optional.of(Integer.parseInt(value));
                yearTo = yearFrom;
                return true;
            }
            Matcher m = YEAR_RANGE.matcher(value);
            if (m.matches() && (m.group(1) != null || m.group(2) != null)) {
                yearFrom = Optional.ofNullable(m.group(1)).map(Integer::parseInt);
                yearTo = Optional.ofNullable(m.group(2)).map(Integer::parseInt);
                return true;
            }
            return false;
        }

        /**
         * The query; words naming a kind of document become the kinds asked for, and leave the words to find when
         * anything else is asked (a query of kind words alone still finds them as words).
         */
        ParsedQuery build() {
            Filters filters = new Filters(types, yearFrom, yearTo, units, tags, issuers);
            List<String> topicWords = new ArrayList<>();
            List<KindWanted> kinds = new ArrayList<>();
            for (String word : words) {
                Optional<DocumentKinds.Reading> reading = DocumentKinds.read(word);
                if (reading.isPresent()) {
                    kinds.add(reading.get().kind());
                    reading.get().topic().ifPresent(topicWords::add);
                } else {
                    topicWords.add(word);
                }
            }
            boolean somethingBesides = !topicWords.isEmpty() || !phrases.isEmpty();
            return new ParsedQuery(somethingBesides ? topicWords : words, phrases, excluded, filters, kinds);
        }
    }
}
