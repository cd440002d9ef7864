package fanwen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * Adds domain terms (公文 vocabulary such as 挂职锻炼, 放管服) to HanLP's global custom dictionary at
 * start-up with {@link CustomDictionary#insert(String, String)}: the bundled lists packaged under
 * {@code fanwen/analysis/dict/} (from {@code corpus/dict/}) and any user file in the same format (see
 * {@link DictionaryFile}).
 *
 * <p>It never points HanLP at dictionary paths: HanLP writes {@code .bin} caches beside dictionary files,
 * which fails inside a jar and goes stale after edits. Terms cannot be removed again, and HanLP's
 * dictionary is per JVM, so every segmenter in the process sees them. Load user files at start-up,
 * before indexing begins: HanLP's trie is not safe to modify while other threads segment.
 */
public final class DomainDictionary {

    /** The bundled term lists, in {@code corpus/dict/}; add a file name here when adding a file there. */
    static final List<String> BUNDLED_FILES = List.of("gongwen.txt");

    private static final System.Logger LOG = System.getLogger(DomainDictionary.class.getName());
    private static boolean bundledLoaded;

    private DomainDictionary() {}

    /** Loads the bundled term lists once; later calls do nothing. */
    public static synchronized void loadBundled() {
        if (bundledLoaded) {
            return;
        }
        for (String name : BUNDLED_FILES) {
            insert(readBundled(name), "fanwen/analysis/dict/" + name);
        }
        bundledLoaded = true;
    }

    /** The terms of the bundled lists, in their order (what {@link #loadBundled()} adds to HanLP). */
    public static List<String> bundledTerms() {
        return BUNDLED_FILES.stream().flatMap(name -> readBundled(name).entries().stream())
                .map(DictionaryFile.Entry::term).toList();
    }

    private static DictionaryFile.Parsed readBundled(String name) {
        String resource = "dict/" + name;
        try (InputStream in = DomainDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled dictionary fanwen/analysis/" + resource
                        + " missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dictionary " + resource, e);
        }
    }

    /**
     * Loads a user dictionary file and returns the number of terms taken from it; bad lines are skipped
     * and counted in the log.
     */
    public static synchronized int loadUserDictionary(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return insert(read(in), file.toString());
        }
    }

    private static DictionaryFile.Parsed read(InputStream in) throws IOException {
        return DictionaryFile.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    private static int insert(DictionaryFile.Parsed parsed, String source) {
        for (DictionaryFile.Entry entry : parsed.entries()) {
            // insert() answers false when HanLP's own dictionary already has the term: it is known either way.
            CustomDictionary.insert(entry.term(), entry.nature());
        }
        if (parsed.skippedLines() > 0) {
            LOG.log(System.Logger.Level.WARNING, "{0}: skipped {1} bad line(s)", source, parsed.skippedLines());
        }
        LOG.log(System.Logger.Level.DEBUG, "{0}: loaded {1} term(s)", source, parsed.entries().size());
        return parsed.entries().size();
    }
}
