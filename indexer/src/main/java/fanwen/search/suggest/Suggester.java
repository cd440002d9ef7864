package fanwen.search.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.analysis.ChineseFolding;
import fanwen.analysis.DomainDictionary;
import fanwen.index.FanwenIndex;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;
import fanwen.model.Suggestion;

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

    private final FanwenIndex index;
    private volatile Catalog catalog = Catalog.EMPTY;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public Suggester(FanwenIndex index) {
        this.index = index;
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
        if (current.version == index.withSearcher(index::changeVersion)) {
            return current;
        }
        if (current == Catalog.EMPTY) {
            synchronized (this) {
                if (catalog == Catalog.EMPTY) {
                    catalog = index.withSearcher(this::build);
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
            Catalog fresh = index.withSearcher(this::build);
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

    private Catalog build(IndexSearcher searcher) throws IOException {
        Map<String, Integer> phrases = new HashMap<>();
        Set<String> titles = new TreeSet<>();
        TermQuery documents = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT));
        FixedBitSet isDocument = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        for (ScoreDoc hit : searcher.search(documents, Math.max(1, searcher.count(documents))).scoreDocs) {
            isDocument.set(hit.doc);
            Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc,
                    Set.of(Schema.TITLE, Schema.KEYWORDS));
            if (d.get(Schema.TITLE) != null) {
                titles.add(d.get(Schema.TITLE));
            }
            for (String keyword : d.getValues(Schema.KEYWORDS)) {
                phrases.merge(keyword, 1, Integer::sum);
            }
        }
        documentsCarrying(searcher, DomainTerms.ALL, isDocument)
                .forEach((term, n) -> phrases.merge(term, n, Math::max));
        List<Candidate> all = new ArrayList<>();
        phrases.forEach((p, n) -> all.add(new Candidate(p, ChineseFolding.fold(p), KEYWORD, n)));
        titles.forEach(t -> all.add(new Candidate(t, ChineseFolding.fold(t), TITLE, 0)));
        all.sort(RANK);
        return Catalog.of(index.changeVersion(searcher), List.copyOf(all));
    }

    /**
     * How many documents (of {@code isDocument}, by global doc id) have each term as a token of their
     * body, for the terms that occur at all. A domain term is one token (the analyser keeps it whole);
     * reading its postings directly costs a fraction of a query per term.
     */
    private static Map<String, Integer> documentsCarrying(IndexSearcher searcher, List<String> terms,
                                                         FixedBitSet isDocument) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms body = leaf.reader().terms(Schema.BODY);
            if (body == null) {
                continue;
            }
            TermsEnum termsEnum = body.iterator();
            PostingsEnum postings = null;
            for (String term : terms) {
                if (!termsEnum.seekExact(new BytesRef(term))) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                int carriers = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (isDocument.get(leaf.docBase + doc)) {
                        carriers++;
                    }
                }
                if (carriers > 0) {
                    counts.merge(term, carriers, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The terms of the bundled domain dictionary, read once. */
    private static final class DomainTerms {
        static final List<String> ALL = DomainDictionary.bundledTerms();
    }
}
