package fanwen.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The documents of the load benchmark, read the way Fanwen's {@code index} command is given them: the
 * reports of the bundled corpus ({@code corpus/reports/**.txt}) and the unpacked laws ({@code laws/**.md}),
 * each titled from the {@code manifest.jsonl} that lists it.
 */
public final class PeerCorpus {

    private static final Pattern PATH = Pattern.compile("\"path\":\\s*\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("\"title\":\\s*\"([^\"]+)\"");

    private PeerCorpus() {
    }

    /**
     * @param corpus the bundled corpus folder (holding {@code reports/} and {@code manifest.jsonl})
     * @param laws   the unpacked laws folder (holding the laws and their {@code manifest.jsonl})
     */
    public static List<PeerDocument> load(Path corpus, Path laws) throws IOException {
        List<PeerDocument> docs = new ArrayList<>();
        docs.addAll(read(corpus, corpus.resolve("reports"), ".txt", ""));
        docs.addAll(read(laws, laws, ".md", "laws/"));
        return List.copyOf(docs);
    }

    private static List<PeerDocument> read(Path manifestFolder, Path root, String extension, String idPrefix)
            throws IOException {
        Map<String, String> titles = titles(manifestFolder.resolve("manifest.jsonl"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
        List<PeerDocument> docs = new ArrayList<>(files.size());
        for (Path file : files) {
            String relative = manifestFolder.relativize(file).toString();
            String title = titles.getOrDefault(relative, file.getFileName().toString().replaceFirst("\\.\\w+$", ""));
            docs.add(new PeerDocument(idPrefix + relative, title, Files.readString(file, StandardCharsets.UTF_8)));
        }
        return docs;
    }

    /** path → title of a manifest.jsonl (flat one-line objects: a regex is enough); empty when there is none. */
    private static Map<String, String> titles(Path manifest) throws IOException {
        Map<String, String> titles = new HashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return titles;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            Matcher path = PATH.matcher(line);
            Matcher title = TITLE.matcher(line);
            if (path.find() && title.find()) {
                titles.put(path.group(1), title.group(1));
            }
        }
        return titles;
    }
}
