package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The collection as a new user stores it (issue 17): every genre document ({@link Collection.Doc#genre()})
 * without its title block, as {@code untitled/dNNN.txt} (numbers in a seeded random order, so neither the
 * names nor their order tell anything) and without a manifest entry; the other bundled documents (the
 * resolutions) keep their files and manifest lines, the laws are shared. Written under
 * {@code work/titleless/corpus}; a document keeps its bundled key as {@link Collection.Doc#original()}, so the
 * query and judgment files map onto it. The rules are in bench/queries/genre-rules.md.
 *
 * <p>A baseline indexes a genre document with its file name as its title, as a user's ingest script would.
 */
final class TitlelessCollection {

    static final String LABEL = "titleless";

    private static final long SEED = 20261217L;
    /** A salutation further down than this is not the end of a title block but part of the speech. */
    private static final int SALUTATION_WITHIN = 40;
    private static final Pattern SALUTATION = Pattern.compile("(各位代表|同志们|同志們|代表们)[：:！!，,]?");
    private static final Pattern MANIFEST_PATH = Pattern.compile("\"path\":\\s*\"([^\"]+)\"");

    private TitlelessCollection() {
    }

    static Collection of(Collection bundled, Path work) throws IOException {
        Path root = work.resolve(LABEL).resolve("corpus");
        List<Collection.Doc> genre = bundled.docs().stream().filter(Collection.Doc::genre).toList();
        List<Integer> numbers = new ArrayList<>(IntStream.rangeClosed(1, genre.size()).boxed().toList());
        Collections.shuffle(numbers, new Random(SEED));
        List<Collection.Doc> docs = new ArrayList<>();
        int next = 0;
        for (Collection.Doc doc : bundled.docs()) {
            if (doc.genre()) {
                String name = String.format("d%03d", numbers.get(next++));
                String key = "untitled/" + name + ".txt";
                String text = withoutTitle(doc.text(), doc.title());
                write(root.resolve(key), text);
                docs.add(new Collection.Doc(key, name, text, true, true, doc.original()));
            } else {
                if (doc.target()) {
                    write(root.resolve(doc.key()), doc.text());
                }
                docs.add(doc);
            }
        }
        Set<String> genreKeys = genre.stream().map(Collection.Doc::key).collect(Collectors.toSet());
        List<String> manifest = new ArrayList<>();
        for (String line : Files.readAllLines(bundled.corpusRoot().resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            Matcher path = MANIFEST_PATH.matcher(line);
            if (path.find() && !genreKeys.contains(path.group(1))) {
                manifest.add(line);
            }
        }
        write(root.resolve("manifest.jsonl"), String.join("\n", manifest) + "\n");
        return new Collection(LABEL, root, bundled.lawsRoot(), List.copyOf(docs));
    }

    /**
     * {@code text} without its title block: the lines before a salutation standing within the first
     * {@value #SALUTATION_WITHIN} non-blank lines (title, subtitle, date, speaker, a web page's source lines),
     * or else the first non-blank line when it is the title; a text that opens with its body is returned whole.
     */
    static String withoutTitle(String text, String title) {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                starts.add(at);
            }
            at += line.length() + 1;
        }
        for (int i = 0; i < Math.min(SALUTATION_WITHIN, starts.size()); i++) {
            if (SALUTATION.matcher(lineAt(text, starts.get(i)).strip()).matches()) {
                return text.substring(starts.get(i));
            }
        }
        if (!starts.isEmpty() && squeeze(lineAt(text, starts.get(0))).equals(squeeze(title))) {
            return starts.size() > 1 ? text.substring(starts.get(1)) : "";
        }
        return text;
    }

    private static String lineAt(String text, int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Writes {@code text} unless the file already holds it (an unchanged file stays unchanged for Fanwen). */
    private static void write(Path file, String text) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
