package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents of the relevance benchmark: the bundled corpus (the files its manifest lists — seed essays
 * and reports, the query targets) plus the laws of {@code laws.tar.gz} as distractors, unpacked once.
 *
 * <p>A document's key is its path relative to the folder Fanwen indexes: {@code seed/…}, {@code reports/…}
 * for the corpus and {@code laws/…} for the laws (the archive's own top folder), so Fanwen's hit sources
 * and the baselines' keys are the same strings. Query and judgment files name documents by their key in this
 * bundled collection; a rewritten collection ({@link TitlelessCollection}) keeps it as {@link Doc#original()}.
 *
 * @param label      "" for the bundled collection, a name for a rewritten one (it names its indexes and tables)
 * @param corpusRoot the bundled corpus folder
 * @param lawsRoot   the folder holding the unpacked {@code laws/} folder
 */
record Collection(String label, Path corpusRoot, Path lawsRoot, List<Doc> docs) {

    /**
     * One document: its key, its title (the manifest's, or what a user's file name gives), its text, whether it
     * may be a query target (a bundled document), whether it is a genre document (see {@link #GENRE_TYPES}), and
     * its key in the bundled collection.
     */
    record Doc(String key, String title, String text, boolean target, boolean genre, String original) {
    }

    /**
     * The declared types of the genre documents — the texts that report, review, plan or address, which users
     * store and want found by kind (bench/queries/genre-rules.md): the seed essays, the 政府工作报告 and the
     * 党代会报告. The NPC resolutions (其他) and the laws are not.
     */
    static final Set<String> GENRE_TYPES = Set.of("总结", "讲话", "方案", "意见", "报告", "汇报", "调研报告");

    private static final Pattern PATH = Pattern.compile("\"path\":\\s*\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("\"title\":\\s*\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\":\\s*\"([^\"]+)\"");

    static Collection load(Path corpus, Path lawsArchive, Path work) throws IOException, InterruptedException {
        Path lawsRoot = unpack(lawsArchive, work.resolve("laws"));
        List<Doc> docs = new ArrayList<>();
        Path manifest = corpus.resolve("manifest.jsonl");
        Map<String, String> types = manifestField(manifest, TYPE);
        for (Map.Entry<String, String> entry : manifestField(manifest, TITLE).entrySet()) {
            String key = entry.getKey();
            docs.add(new Doc(key, entry.getValue(), read(corpus.resolve(key)), true,
                    GENRE_TYPES.contains(types.getOrDefault(key, "")), key));
        }
        Path laws = lawsRoot.resolve("laws");
        Map<String, String> lawTitles = manifestField(laws.resolve("manifest.jsonl"), TITLE);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(laws)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String relative = laws.relativize(file).toString();
            String title = lawTitles.getOrDefault(relative, file.getFileName().toString().replaceFirst("\\.md$", ""));
            docs.add(new Doc("laws/" + relative, title, read(file), false, false, "laws/" + relative));
        }
        return new Collection("", corpus, lawsRoot, List.copyOf(docs));
    }

    /** The folder under {@code work} of an index of this collection: {@code name}, or {@code name-label}. */
    Path indexFolder(Path work, String name) {
        return work.resolve(label.isEmpty() ? name : name + "-" + label);
    }

    /** The prefix on a cluster of an index of this collection: {@code prefix}, or {@code prefix-label}. */
    String indexPrefix(String prefix) {
        return label.isEmpty() ? prefix : prefix + "-" + label;
    }

    /** Bundled key → key in this collection (the identity for the bundled collection). */
    Map<String, String> keysByOriginal() {
        Map<String, String> map = new HashMap<>();
        docs.forEach(d -> map.put(d.original(), d.key()));
        return map;
    }

    List<Doc> targets() {
        return docs.stream().filter(Doc::target).toList();
    }

    Map<String, Doc> byKey() {
        Map<String, Doc> map = new HashMap<>();
        docs.forEach(d -> map.put(d.key(), d));
        return map;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** path → one field of a manifest.jsonl, in file order (a regex is enough for these flat one-line objects). */
    private static Map<String, String> manifestField(Path manifest, Pattern field) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            Matcher path = PATH.matcher(line);
            Matcher value = field.matcher(line);
            if (path.find() && value.find()) {
                values.put(path.group(1), value.group(1));
            }
        }
        return values;
    }

    private static Path unpack(Path archive, Path into) throws IOException, InterruptedException {
        if (Files.isDirectory(into.resolve("laws"))) {
            return into;
        }
        if (!Files.isRegularFile(archive)) {
            throw new IOException("laws corpus not found at " + archive.toAbsolutePath()
                    + " — the relevance benchmark needs ../shared/corpus/laws.tar.gz (or --laws PATH)");
        }
        Files.createDirectories(into);
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", into.toString())
                .inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("tar failed on " + archive);
        }
        return into;
    }
}
