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
import java.util.stream.Stream;

/**
 * The query-side synonyms of 公文 language: groups of words that can replace each other, e.g. 加强 强化 增强 — the
 * curated list ({@code corpus/dict/synonyms.tsv}, packaged as {@code fanwen/analysis/dict/synonyms.tsv}) and the
 * user's own groups on top of it. A query word also matches its synonyms (weighted lower); documents are indexed
 * as written. Deliberately not HanLP's {@code CoreSynonymDictionary}, whose broad classes distort meaning. Words
 * are folded (width, case, script) like indexed text.
 *
 * <p>The format of a list ({@link #parse}): one group per line, its words apart by tabs, spaces or commas;
 * {@code #} starts a comment line. The synonyms in effect ({@link #current()}) change with {@link #useUserGroups},
 * at once for every thread.
 */
public final class Synonyms {

    private static final String RESOURCE = "dict/synonyms.tsv";
    private static final List<List<String>> BUNDLED_GROUPS = readBundled();
    private static final Synonyms BUNDLED = of(BUNDLED_GROUPS);
    private static volatile Synonyms current = BUNDLED;

    private final Map<String, List<String>> byWord;

    private Synonyms(Map<String, List<String>> byWord) {
        this.byWord = byWord;
    }

    /** The bundled list. */
    public static Synonyms bundled() {
        return BUNDLED;
    }

    /** The bundled list and the user's groups of the last {@link #useUserGroups}. */
    public static Synonyms current() {
        return current;
    }

    /** Puts {@code groups} in the place of the user's groups in effect; the bundled ones stay. */
    public static void useUserGroups(List<List<String>> groups) {
        current = of(Stream.concat(BUNDLED_GROUPS.stream(), groups.stream()).toList());
    }

    /** The synonyms of {@code word} (folded), without the word itself; empty if it has none. */
    public List<String> of(String word) {
        return byWord.getOrDefault(ChineseFolding.fold(word), List.of());
    }

    /** Number of words that have synonyms. */
    public int size() {
        return byWord.size();
    }

    /** The groups of a list in this format, their words folded; the reader is not closed. */
    public static List<List<String>> parse(BufferedReader reader) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            String content = line.strip();
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1).strip();
            }
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String word : content.split("[\\s,，]+")) {
                if (!word.isEmpty()) {
                    group.add(ChineseFolding.fold(word));
                }
            }
            groups.add(List.copyOf(group));
        }
        return List.copyOf(groups);
    }

    /** Every word of a group is a synonym of the others; a word in several groups has all their other words. */
    private static Synonyms of(List<List<String>> groups) {
        Map<String, Set<String>> others = new HashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                Set<String> its = others.computeIfAbsent(word, w -> new LinkedHashSet<>());
                group.stream().filter(other -> !other.equals(word)).forEach(its::add);
            }
        }
        Map<String, List<String>> byWord = new HashMap<>();
        others.forEach((word, its) -> {
            if (!its.isEmpty()) {
                byWord.put(word, List.copyOf(its));
            }
        });
        return new Synonyms(Map.copyOf(byWord));
    }

    private static List<List<String>> readBundled() {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("synonyms fanwen/analysis/" + RESOURCE + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled synonyms", e);
        }
    }
}
