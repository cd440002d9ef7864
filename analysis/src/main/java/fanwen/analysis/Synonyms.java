package fanwen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated query-side synonyms of 公文 language ({@code corpus/dict/synonyms.tsv}, packaged as
 * {@code fanwen/analysis/dict/synonyms.tsv}): groups of words that can replace each other, e.g.
 * 加强 强化 增强. A query word also matches its synonyms (weighted lower); documents are indexed as written.
 * Deliberately not HanLP's {@code CoreSynonymDictionary}, whose broad classes distort meaning. Words are
 * folded (width, case, script) like indexed text.
 */
public final class Synonyms {

    private static final String RESOURCE = "dict/synonyms.tsv";
    private static final Synonyms BUNDLED = load();

    private final Map<String, List<String>> byWord;

    private Synonyms(Map<String, List<String>> byWord) {
        this.byWord = byWord;
    }

    /** The bundled list. */
    public static Synonyms bundled() {
        return BUNDLED;
    }

    /** The synonyms of {@code word} (folded), without the word itself; empty if it has none. */
    public List<String> of(String word) {
        return byWord.getOrDefault(ChineseFolding.fold(word), List.of());
    }

    /** Number of words that have synonyms. */
    public int size() {
        return byWord.size();
    }

    private static Synonyms load() {
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("synonyms fanwen/analysis/" + RESOURCE + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String word : content.split("[\\s,，]+")) {
                    if (!word.isEmpty()) {
                        group.add(ChineseFolding.fold(word));
                    }
                }
                for (String word : group) {
                    Set<String> others = groups.computeIfAbsent(word, w -> new LinkedHashSet<>());
                    group.stream().filter(other -> !other.equals(word)).forEach(others::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled synonyms", e);
        }
        Map<String, List<String>> byWord = new HashMap<>();
        groups.forEach((word, others) -> byWord.put(word, List.copyOf(others)));
        return new Synonyms(Map.copyOf(byWord));
    }
}
