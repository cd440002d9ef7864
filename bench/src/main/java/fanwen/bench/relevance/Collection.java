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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents of the relevance benchmark: the bundled corpus (the files its manifest lists — seed essays
 * and reports, the query targets) plus the laws of {@code laws.tar.gz} as distractors, unpacked once.
 *
 * <p>A document's key is its path relative to the folder Fanwen indexes: {@code seed/…}, {@code reports/…}
 * for the corpus and {@code laws/…} for the laws (the archive's own top folder), so Fanwen's hit sources
 * and the baselines' keys are the same strings.
 *
 * @param corpusRoot the bundled corpus folder
 * @param lawsRoot   the folder holding the unpacked {@code laws/} folder
 */
record Collection(Path corpusRoot, Path lawsRoot, List<Doc> docs) {

    /** One document: its key, its manifest title, its text, and whether it may be a query target. */
    record Doc(String key, String title, String text, boolean target) {
    }

    private static final Pattern PATH = Pattern.compile("\"path\":\\s*\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("\"title\":\\s*\"([^\"]+)\"");

    static Collection load(Path corpus, Path lawsArchive, Path work) throws IOException, InterruptedException {
        Path lawsRoot = unpack(lawsArchive, work.resolve("laws"));
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, String> entry : manifestTitles(corpus.resolve("manifest.jsonl")).entrySet()) {
            docs.add(new Doc(entry.getKey(), entry.getValue(), read(corpus.resolve(entry.getKey())), true));
        }
        Path laws = lawsRoot.resolve("laws");
        Map<String, String> lawTitles = manifestTitles(laws.resolve("manifest.jsonl"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(laws)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String relative = laws.relativize(file).toString();
            String title = lawTitles.getOrDefault(relative, file.getFileName().toString().replaceFirst("\\.md$", ""));
            docs.add(new Doc("laws/" + relative, title, read(file), false));
        }
        return new Collection(corpus, lawsRoot, List.copyOf(docs));
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

    /** path → title of a manifest.jsonl, in file order (a regex is enough for these flat one-line objects). */
    private static Map<String, String> manifestTitles(Path manifest) throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            Matcher path = PATH.matcher(line);
            Matcher title = TITLE.matcher(line);
            if (path.find() && title.find()) {
                titles.put(path.group(1), title.group(1));
            }
        }
        return titles;
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
