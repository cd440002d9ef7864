package fanwen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;

/**
 * Adds domain terms (公文 vocabulary such as 挂职锻炼, 放管服) to HanLP's global custom dictionary at
 * start-up with {@link CustomDictionary#insert(String, String)}: the bundled lists packaged under
 * {@code fanwen/analysis/dict/} (from {@code corpus/dict/}) and any user file in the same format (see
 * {@link DictionaryFile}).
 *
 * <p>It never points HanLP at dictionary paths: HanLP writes {@code .bin} caches beside dictionary files,
 * which fails inside a jar and goes stale after edits. HanLP's dictionary is per JVM, so every segmenter in the
 * process sees its terms.
 *
 * <p>User terms change in one of two ways. {@link #loadUserDictionary} inserts a file's terms for good, at
 * start-up, before anything is segmented (HanLP's trie is not safe to modify while other threads segment): the
 * OpenSearch plugin's way. {@link #useUserTerms} puts a whole new list in place of the last one while other
 * threads segment: it builds a new trie of the bundled and the given terms and swaps it for HanLP's, so a
 * segmenter sees either list whole, and {@link HanLPTokenizer} sees the new one from its next text on.
 */
public final class DomainDictionary {

    /** The bundled term lists, in {@code corpus/dict/}; add a file name here when adding a file there. */
    static final List<String> BUNDLED_FILES = List.of("gongwen.txt");

    private static final System.Logger LOG = System.getLogger(DomainDictionary.class.getName());
    private static boolean bundledLoaded;
    /** Raised after every {@link #useUserTerms}; reading it makes the swapped trie visible (see {@link #seeLatest}). */
    private static volatile int userTermsVersion;

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

    /** Whether HanLP's core dictionary or a bundled list has {@code word} (folded): a word without user terms. */
    public static boolean isStockWord(String word) {
        return CoreDictionary.contains(word) || BundledTerms.ALL.contains(word);
    }

    /** The bundled terms as a set, read on first use. */
    private static final class BundledTerms {
        static final Set<String> ALL = Set.copyOf(bundledTerms());
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

    /**
     * Puts {@code terms} in the place of the user terms in effect (those of an earlier call and of
     * {@link #loadUserDictionary}): a term left out is no longer a word, unless a bundled list has it. Safe while
     * other threads segment.
     */
    public static synchronized void useUserTerms(Collection<DictionaryFile.Entry> terms) {
        loadBundled();
        DynamicCustomDictionary live = CustomDictionary.DEFAULT;
        // inserting into a dictionary sharing HanLP's own (read-only) array fills a trie of its own only
        DynamicCustomDictionary fresh = new DynamicCustomDictionary(live.dat, null, live.path);
        for (String name : BUNDLED_FILES) {
            readBundled(name).entries().forEach(entry -> fresh.insert(entry.term(), entry.nature()));
        }
        terms.forEach(entry -> fresh.insert(entry.term(), entry.nature()));
        VarHandle.releaseFence(); // the trie is complete before any thread can reach it
        live.trie = fresh.trie;
        userTermsVersion++;
        LOG.log(System.Logger.Level.DEBUG, "user terms in effect: {0}", terms.size());
    }

    /**
     * Makes the user terms of the last {@link #useUserTerms} visible to the calling thread: a segmenter calls it
     * before each text, so that it segments with the terms in effect when the text arrived.
     */
    static void seeLatest() {
        int version = userTermsVersion; // a volatile read: what useUserTerms wrote before raising it is visible
        assert version >= 0;
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
