package fanwen.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.analysis.ChineseFolding;
import fanwen.analysis.DomainDictionary;
import fanwen.model.Suggestion;
import fanwen.store.LibraryStore;
import fanwen.store.SuggestionSources;

/**
 * Completes what a user is typing from the key phrases and titles of the library, typed in Chinese or in
 * pinyin. Key phrases are the documents' keywords and the bundled domain-dictionary terms that occur in
 * the library, those carried by more documents first; titles follow.
 *
 * <p>Chinese input (folded: simplified, lower case) matches the start of a candidate, then anywhere in it.
 * Input of Latin letters alone is also read as pinyin ({@link PinyinKeys}): it matches the start of a
 * candidate's full pinyin ({@code guazhi}, {@code guazhig} → 挂职干部) or of its initials ({@code gzgb}).
 * The candidates and their sorted keys are built once per index version, so a keystroke costs a few
 * binary searches; user dictionaries loaded at start-up are not candidates. After a change of the index the
 * catalogue is rebuilt in the background (about a second for a few thousand documents) while suggestions
 * keep coming from the previous one: typing never waits for an upload's commit.
 */
public final class Suggester {


    private static final String KEYWORD = "keyword";
    private static final String TITLE = "title";
    /** The bundled domain dictionary, packaged by the analysis module from {@code corpus/dict/}. */

    private record Candidate(String text, String folded, String kind, int documents) {
    }

    /** Key phrases before titles; more documents, then shorter, then in code-point order. */
    private static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> !c.kind.equals(KEYWORD))
            .thenComparing(Candidate::documents, Comparator.reverseOrder())
            .thenComparingInt(c -> c.text.length())
            .thenComparing(Candidate::text);

    /** The candidates of one index version in rank order, with their keys. */
    private record Catalog(long version, List<Candidate> ranked, PrefixTable texts, PrefixTable fullPinyin,
                           PrefixTable initials) {

        static final Catalog EMPTY = of(-1, List.of());

        static Catalog of(long version, List<Candidate> ranked) {
            List<PinyinKeys> pinyin = ranked.stream().map(c -> PinyinKeys.of(c.folded)).toList();
            return new Catalog(version, ranked, new PrefixTable(ranked.stream().map(Candidate::folded).toList()),
                    new PrefixTable(pinyin.stream().map(PinyinKeys::full).toList()),
                    new PrefixTable(pinyin.stream().map(PinyinKeys::initials).toList()));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Suggester.class);

    private final LibraryStore store;
    private volatile Catalog catalog = Catalog.EMPTY;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public Suggester(LibraryStore store) {
        this.store = store;
    }

    /** Up to {@code max} completions of {@code input}; none for blank input. */
    public List<Suggestion> suggest(String input, int max) throws IOException {
        String typed = input == null ? "" : input.strip();
        if (typed.isEmpty() || max <= 0) {
            return List.of();
        }
        Catalog current = catalog();
        String folded = ChineseFolding.fold(typed);
        BitSet prefixed = new BitSet(current.ranked.size());
        current.texts.collect(folded, prefixed);
        Optional<String> pinyin = PinyinKeys.asTyped(typed);
        if (pinyin.isPresent()) {
            current.fullPinyin.collect(pinyin.get(), prefixed);
            current.initials.collect(pinyin.get(), prefixed);
        }
        List<Suggestion> suggestions = new ArrayList<>(Math.min(max, 16));
        for (int rank = prefixed.nextSetBit(0); rank >= 0 && suggestions.size() < max;
             rank = prefixed.nextSetBit(rank + 1)) {
            suggestions.add(suggestion(current.ranked.get(rank)));
        }
        for (int rank = 0; rank < current.ranked.size() && suggestions.size() < max; rank++) {
            Candidate c = current.ranked.get(rank);
            if (!prefixed.get(rank) && c.folded.contains(folded)) {
                suggestions.add(suggestion(c));
            }
        }
        return List.copyOf(suggestions);
    }

    private static Suggestion suggestion(Candidate c) {
        return new Suggestion(c.text, c.kind);
    }

    /**
     * The catalog to answer from: the current index version's; after a change, the previous one while a
     * rebuild runs in the background (the first catalog is built before answering).
     */
    private Catalog catalog() throws IOException {
        Catalog current = catalog;
        if (current.version == store.changeVersion()) {
            return current;
        }
        if (current == Catalog.EMPTY) {
            synchronized (this) {
                if (catalog == Catalog.EMPTY) {
                    catalog = build();
                }
                return catalog;
            }
        }
        if (rebuilding.compareAndSet(false, true)) {
            Thread.ofVirtual().name("fanwen-suggest-catalog").start(this::rebuild);
        }
        return current;
    }

    private void rebuild() {
        try {
            Catalog fresh = build();
            synchronized (this) {
                if (fresh.version > catalog.version) {
                    catalog = fresh;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("rebuilding the suggestion catalogue failed; the previous one stays", e);
        } finally {
            rebuilding.set(false);
        }
    }

    private Catalog build() throws IOException {
        SuggestionSources sources = store.suggestionSources(DomainTerms.ALL);
        Map<String, Integer> phrases = new HashMap<>(sources.keyPhrases());
        sources.termDocuments().forEach((term, n) -> phrases.merge(term, n, Math::max));
        List<Candidate> all = new ArrayList<>();
        phrases.forEach((p, n) -> all.add(new Candidate(p, ChineseFolding.fold(p), KEYWORD, n)));
        new TreeSet<>(sources.titles()).forEach(t -> all.add(new Candidate(t, ChineseFolding.fold(t), TITLE, 0)));
        all.sort(RANK);
        return Catalog.of(sources.version(), List.copyOf(all));
    }

    /** The terms of the bundled domain dictionary, read once. */
    private static final class DomainTerms {
        static final List<String> ALL = DomainDictionary.bundledTerms();
    }
}
