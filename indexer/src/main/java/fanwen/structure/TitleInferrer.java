package fanwen.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Infers a document's title, never blank. In order: the metadata title, which extraction has already
 * cleaned of template names such as "Microsoft Word - …" and "无标题", if it has a letter and at most
 * {@value #MAX_METADATA_TITLE} chars; a Markdown {@code # 标题} or a short first line at the top (≤
 * {@value #MAX_TITLE} chars, no final punctuation, not a numbered heading); the file name without
 * extension and numeric prefixes like {@code 2025_000_}; and, when the file name is only a hash or
 * number, the first words of the text. Stateless and thread-safe.
 */
public final class TitleInferrer {
    static final int MAX_TITLE = 50;
    private static final int MAX_METADATA_TITLE = 120;
    private static final int FALLBACK_CHARS = 30;
    private static final Pattern NUMERIC_PREFIX = Pattern.compile("^([0-9]+[_\\-\\s.]+)+");
    private static final Pattern MEANINGLESS_NAME = Pattern.compile("(?i)^[0-9a-f_\\-\\s]*$");

    /** Where a title came from; a title made of the text's first words says nothing about the genre. */
    public enum Source { METADATA, FIRST_LINE, FILE_NAME, FIRST_WORDS }

    /** An inferred title and its source. */
    public record Title(String text, Source source) {
    }

    /** The title of {@code text}, whose file is {@code fileName}. */
    public Title infer(String text, String fileName, Optional<String> metadataTitle) {
        Optional<String> fromMetadata = metadataTitle.map(String::strip).filter(TitleInferrer::isSensibleMetadata);
        if (fromMetadata.isPresent()) {
            return new Title(fromMetadata.get(), Source.METADATA);
        }
        return firstLineTitle(text).map(t -> new Title(t, Source.FIRST_LINE))
                .or(() -> fromFileName(fileName).map(t -> new Title(t, Source.FILE_NAME)))
                .orElseGet(() -> new Title(firstWords(text), Source.FIRST_WORDS));
    }

    private static boolean isSensibleMetadata(String title) {
        return title.length() >= 2 && title.length() <= MAX_METADATA_TITLE
                && title.codePoints().anyMatch(Character::isLetter);
    }

    static Optional<String> firstLineTitle(String text) {
        List<Lines.Line> lines = Lines.nonBlank(text, 0, Math.min(text.length(), 2_000));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String first = lines.getFirst().of(text);
        if (first.startsWith("#")) {
            String heading = first.replaceFirst("^#+", "").strip();
            return heading.isEmpty() ? Optional.empty() : Optional.of(heading);
        }
        boolean shortLine = first.length() <= MAX_TITLE && Lines.hanCount(first) >= 2;
        boolean endsLikeSentence = Lines.RUNNING_TEXT_END.indexOf(first.charAt(first.length() - 1)) >= 0;
        boolean numbered = new HeadingDetector().match(text, lines.getFirst()).isPresent();
        return shortLine && !endsLikeSentence && !numbered ? Optional.of(first) : Optional.empty();
    }

    private static Optional<String> fromFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = NUMERIC_PREFIX.matcher(name).replaceFirst("").replace('_', ' ').strip();
        return MEANINGLESS_NAME.matcher(name).matches() ? Optional.empty() : Optional.of(name);
    }

    private static String firstWords(String text) {
        List<Lines.Line> lines = Lines.nonBlank(text, 0, text.length());
        String flat = lines.isEmpty() ? "" : lines.getFirst().of(text).replaceAll("[\\s\u3000]+", " ");
        if (flat.isEmpty()) {
            return "无标题";
        }
        int end = flat.length();
        for (int i = 0; i < flat.length(); i++) {
            if (Lines.SENTENCE_OR_SEMICOLON_END.indexOf(flat.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String sentence = flat.substring(0, end).strip();
        if (sentence.isEmpty()) {
            sentence = flat;
        }
        return sentence.length() <= FALLBACK_CHARS ? sentence : sentence.substring(0, FALLBACK_CHARS) + "…";
    }
}
