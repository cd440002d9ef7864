package fanwen.store.lucene.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;

import fanwen.analysis.scoring.DocumentSimilarity;
import fanwen.model.DocumentHit;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;
import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;
import fanwen.store.lucene.FanwenIndex;
import fanwen.store.lucene.PassageReader;
import fanwen.store.lucene.Schema;
import fanwen.store.lucene.hits.FacetCollectorManager;
import fanwen.store.lucene.hits.Hits;
import fanwen.store.lucene.hits.MatchHighlighter;

/**
 * Answers searches over documents and over passages: builds the parsed query, collects one page of
 * hits with facet counts over all matches, and highlights the hits of that page. Documents with all the
 * words come first; a narrow query of several words is widened to documents with some of them (see
 * {@link #choose}); a query that is a remembered fragment puts the texts holding it verbatim first
 * ({@link QueryBuilder#fragment}); when Lucene refuses a query as too large, a plainer one made of its first words
 * is run.
 *
 * <p>A document hit's snippets are cut from its best-matching passages, whose text is read as a slice of the
 * document's (kept once, see {@link PassageReader}) and analysed again to mark the matched words.
 */
public final class Searcher {

    /** Below this many matches of all the words, matches of some of them follow (see {@link #choose}). */
    static final int FILL_BELOW = RankingRules.FILL_BELOW;
    /** How many of the widened matches, best first, are ordered by how many of the words they have. */
    static final int COVERAGE_DEPTH = RankingRules.COVERAGE_DEPTH;
    /** Passages looked at per passage shown, so that a page can show many documents' (see {@link FewPerDocument}). */
    static final int PASSAGE_DEPTH = RankingRules.PASSAGE_DEPTH;
    /** The most texts a run typed word by word may be held by to be taken for a remembered fragment. */
    static final int FRAGMENT_HOLDERS = RankingRules.FRAGMENT_HOLDERS;

    private final FanwenIndex index;
    private final QueryBuilder queries = new QueryBuilder();
    private final QueryBuilder plainQueries = QueryBuilder.plain();

    public Searcher(FanwenIndex index) {
        this.index = index;
    }

    /** One page of documents. */
    public SearchPage<DocumentHit> searchDocuments(ParsedQuery parsed, SearchQuery request) throws IOException {
        return search(parsed, request, QueryBuilder.Target.DOCUMENTS, Hits::documentHit);
    }

    /** One page of passages. */
    public SearchPage<PassageHit> searchPassages(ParsedQuery parsed, SearchQuery request) throws IOException {
        return search(parsed, request, QueryBuilder.Target.PASSAGES,
                (searcher, hit, highlighter, picker, passages) -> Hits.passageHit(searcher, hit, highlighter, passages));
    }

    /**
     * The facet counts over all documents {@code request} matches, as {@link #searchDocuments} reports
     * them, without collecting or reading any hit; paging and sort are ignored.
     */
    public Map<Facet, List<FacetCount>> facets(ParsedQuery parsed, SearchQuery request) throws IOException {
        return index.withSearcher(searcher ->
                pageOf(searcher, parsed, request, QueryBuilder.Target.DOCUMENTS, 0).facets);
    }

    @FunctionalInterface
    private interface HitMaker<H> {
        H make(IndexSearcher searcher, ScoreDoc scoreDoc, MatchHighlighter highlighter, PassagePicker picker,
               PassageReader passages) throws IOException;
    }

    private <H> SearchPage<H> search(ParsedQuery parsed, SearchQuery request, QueryBuilder.Target target,
                                     HitMaker<H> maker) throws IOException {
        long started = System.nanoTime();
        int wanted = request.page() * request.size(); // bounded by SearchQuery.MAX_RESULT_WINDOW
        boolean passages = target == QueryBuilder.Target.PASSAGES;
        // a list in date order stays in date order; one by relevance shows a few passages of each document per round
        boolean fewPerDocument = passages && request.sort() == SortOrder.RELEVANCE;
        return index.withSearcher(searcher -> {
            Page page = pageOf(searcher, parsed, request, target, fewPerDocument ? wanted * PASSAGE_DEPTH : wanted);
            // a document's snippets come from its passages: highlight what ranks them
            MatchHighlighter highlighter = new MatchHighlighter(passages ? page.query
                    : page.builder.passageRanking(parsed));
            ScoreDoc[] all = fewPerDocument ? FewPerDocument.order(searcher, page.hits, wanted) : page.hits;
            int from = Math.min(all.length, (request.page() - 1) * request.size());
            List<H> hits = new ArrayList<>(all.length - from);
            if (from < all.length) {
                List<ScoreDoc> shown = Arrays.asList(Arrays.copyOfRange(all, from, all.length));
                PassagePicker picker = target == QueryBuilder.Target.DOCUMENTS
                        ? Hits.snippetPassages(searcher, highlighter, shown) : null;
                PassageReader reader = new PassageReader(searcher);
                for (ScoreDoc scoreDoc : shown) {
                    hits.add(maker.make(searcher, scoreDoc, highlighter, picker, reader));
                }
            }
            long took = (System.nanoTime() - started) / 1_000_000;
            return new SearchPage<>(page.total, took, hits, page.facets);
        });
    }

    /**
     * What a query found: the top hits (none when none were wanted), the total and the facets; and the
     * query and the builder that made it.
     */
    private record Page(QueryBuilder builder, QueryBuilder.Mode mode, Query query, long total, ScoreDoc[] hits,
                        Map<Facet, List<FacetCount>> facets) {

        Page withFacets(Map<Facet, List<FacetCount>> newFacets) {
            return new Page(builder, mode, query, total, hits, newFacets);
        }
    }

    /**
     * The page {@link #choose} picks, its facets counted as {@link #withOwnFiltersLifted} says — once, for the
     * list that is shown.
     */
    private Page pageOf(IndexSearcher searcher, ParsedQuery parsed, SearchQuery request, QueryBuilder.Target target,
                        int wanted) throws IOException {
        Page page = choose(searcher, parsed, request, target, wanted);
        return page.withFacets(withOwnFiltersLifted(searcher, page, parsed, request, target));
    }

    /**
     * Documents with all the words rank first. When a query of several words finds fewer than
     * {@value #FILL_BELOW} documents with them all, the list goes on with the documents that have some of
     * them — more of the words first among the best {@value #COVERAGE_DEPTH} by score ({@link WordCoverage}),
     * then by score — so a narrow query still shows what is close — and the total and facets are those of
     * the wider list (sorted by date, the wider list is in date order). The decision depends only on the
     * query, not on the page or the order, so every page and every order agree on the total and facets.
     * Scores of the two parts come from two queries and are not comparable across the boundary.
     */
    private Page choose(IndexSearcher searcher, ParsedQuery parsed, SearchQuery request, QueryBuilder.Target target,
                        int wanted) throws IOException {
        Page all = runQuery(searcher, parsed, request, target, QueryBuilder.Mode.ALL_WORDS, wanted);
        if (!all.builder.canWiden(parsed) || all.total >= FILL_BELOW) {
            return all;
        }
        boolean byRelevance = request.sort() == SortOrder.RELEVANCE;
        if (byRelevance && all.hits.length >= wanted) {
            // the page is full of documents with all the words: the wider query only counts
            Page counted = runQuery(searcher, parsed, request, target, QueryBuilder.Mode.ANY_WORD, 0);
            return new Page(counted.builder, counted.mode, counted.query, counted.total, all.hits, counted.facets);
        }
        // the same window of the wider list is reordered whatever the page: the best COVERAGE_DEPTH without
        // the documents with all the words (all.hits holds them all here: there are fewer than wanted)
        int depth = byRelevance ? Math.max(wanted, COVERAGE_DEPTH) + all.hits.length : wanted;
        Page any = runQuery(searcher, parsed, request, target, QueryBuilder.Mode.ANY_WORD, depth);
        if (!byRelevance) {
            return any; // sorted by date, the wider list is simply in date order
        }
        Set<Integer> first = new HashSet<>();
        List<ScoreDoc> merged = new ArrayList<>(wanted);
        for (ScoreDoc hit : all.hits) {
            first.add(hit.doc);
            merged.add(hit);
        }
        List<ScoreDoc> some = Arrays.stream(any.hits).filter(hit -> !first.contains(hit.doc)).toList();
        some = WordCoverage.moreWordsFirst(searcher, any.builder.wordQueries(parsed, target), some, COVERAGE_DEPTH);
        for (ScoreDoc hit : some) {
            if (merged.size() >= wanted) {
                break;
            }
            merged.add(hit);
        }
        return new Page(any.builder, any.mode, any.query, any.total, merged.toArray(ScoreDoc[]::new), any.facets);
    }

    /** The page of one query, in one mode; a plainer query when Lucene refuses this one as too large. */
    private Page runQuery(IndexSearcher searcher, ParsedQuery parsed, SearchQuery request, QueryBuilder.Target target,
                          QueryBuilder.Mode mode, int wanted) throws IOException {
        try {
            return collect(searcher, queries, parsed, request, target, mode, wanted);
        } catch (IndexSearcher.TooManyClauses e) {
            // QueryBuilder stays well under Lucene's default limit: this is for a limit set lower
            return collect(searcher, plainQueries, parsed, request, target, mode, wanted);
        }
    }

    /**
     * Two passes: the total and the facets without scores (so the proximity phrases, which only add to
     * scores, are never evaluated for them), then the top hits with dynamic pruning — the ranking does not
     * need to score every match, only to find the best {@code wanted} — reordered by the genre's preferences
     * ({@link Preferences}) when the list is by relevance.
     */
    private static Page collect(IndexSearcher searcher, QueryBuilder builder, ParsedQuery parsed,
                                SearchQuery request, QueryBuilder.Target target, QueryBuilder.Mode mode,
                                int wanted) throws IOException {
        Query query = builder.build(parsed, request, target, mode);
        if (target == QueryBuilder.Target.DOCUMENTS) {
            searcher = rankingDocuments(searcher);
        }
        Object[] counted = searcher.search(query, new MultiCollectorManager(
                new TotalHitCountCollectorManager(searcher.getSlices()), new FacetCollectorManager()));
        int total = (Integer) counted[0];
        boolean byRelevance = request.sort() == SortOrder.RELEVANCE;
        List<QueryBuilder.Preference> preferences = byRelevance ? builder.preferences(parsed, target) : List.of();
        ScoreDoc[] hits;
        if (wanted == 0 || total == 0) {
            hits = new ScoreDoc[0];
        } else {
            Optional<Query> holders = byRelevance ? fragmentHolders(searcher, builder, parsed, target) : Optional.empty();
            hits = holders.isPresent() ? holdersFirst(searcher, query, holders.get(), request, preferences, wanted)
                    : best(searcher, query, request, preferences, wanted);
        }
        return new Page(builder, mode, query, total, hits, facets(counted[1]));
    }

    /**
     * The texts holding the remembered fragment the query is ({@link QueryBuilder#fragment}), if it is one. A run
     * typed word by word is taken for one only when so few texts hold it that it identifies one (and its versions);
     * a run more texts share names a topic (营商环境优化), which the ordinary rules rank.
     */
    private static Optional<Query> fragmentHolders(IndexSearcher searcher, QueryBuilder builder, ParsedQuery parsed,
                                                   QueryBuilder.Target target) throws IOException {
        Optional<QueryBuilder.Fragment> fragment = builder.fragment(parsed, target);
        if (fragment.isEmpty()
                || fragment.get().typedApart() && searcher.count(fragment.get().holders()) > FRAGMENT_HOLDERS) {
            return Optional.empty();
        }
        return Optional.of(fragment.get().holders());
    }

    /**
     * The best {@code wanted} matches of {@code query} that hold {@code fragment}, then the best of those that do not:
     * a remembered fragment's holders first ({@link QueryBuilder#fragment}).
     */
    private static ScoreDoc[] holdersFirst(IndexSearcher searcher, Query query, Query fragment, SearchQuery request,
                                           List<QueryBuilder.Preference> preferences, int wanted) throws IOException {
        ScoreDoc[] holders = best(searcher, new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(fragment, Occur.FILTER).build(), request, preferences, wanted);
        if (holders.length == 0) {
            return best(searcher, query, request, preferences, wanted);
        }
        if (holders.length == wanted) {
            return holders;
        }
        ScoreDoc[] others = best(searcher, new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(fragment, Occur.MUST_NOT).build(), request, preferences, wanted - holders.length);
        ScoreDoc[] hits = Arrays.copyOf(holders, holders.length + others.length);
        System.arraycopy(others, 0, hits, holders.length, others.length);
        return hits;
    }

    /** The best {@code wanted} matches of {@code query}, reordered by the genre's preferences when there are any. */
    private static ScoreDoc[] best(IndexSearcher searcher, Query query, SearchQuery request,
                                   List<QueryBuilder.Preference> preferences, int wanted) throws IOException {
        if (preferences.isEmpty()) {
            return searcher.search(query, topManager(request, wanted)).scoreDocs;
        }
        int depth = Math.max(wanted, Preferences.DEPTH);
        ScoreDoc[] hits = searcher.search(query, topManager(request, depth)).scoreDocs;
        // fewer hits than asked for are every match: nothing is left to seek
        boolean more = hits.length >= depth;
        for (QueryBuilder.Preference preference : preferences) {
            if (more && preference.sought()) {
                // a filter scores nothing: the hits keep the query's own scores
                Query matching = new BooleanQuery.Builder().add(query, Occur.MUST)
                        .add(preference.match(), Occur.FILTER).build();
                hits = union(hits, searcher.search(matching, topManager(request, depth)).scoreDocs);
            }
        }
        return Preferences.apply(searcher, hits, preferences, wanted);
    }

    /** The hits of {@code a} and those of {@code b} that {@code a} does not hold. */
    private static ScoreDoc[] union(ScoreDoc[] a, ScoreDoc[] b) {
        Set<Integer> seen = new HashSet<>();
        List<ScoreDoc> all = new ArrayList<>(a.length + b.length);
        for (ScoreDoc hit : a) {
            seen.add(hit.doc);
            all.add(hit);
        }
        for (ScoreDoc hit : b) {
            if (seen.add(hit.doc)) {
                all.add(hit);
            }
        }
        return all.toArray(ScoreDoc[]::new);
    }

    /**
     * {@code facets} with each facet whose field the search filters counted as if it did not: the other values
     * then say what choosing them instead would find (with type 讲话 chosen, 总结 still shows its count).
     */
    private static Map<Facet, List<FacetCount>> withOwnFiltersLifted(IndexSearcher searcher, Page page,
                                                                     ParsedQuery parsed, SearchQuery request,
                                                                     QueryBuilder.Target target) throws IOException {
        Map<Facet, List<FacetCount>> out = new LinkedHashMap<>(page.facets);
        for (Facet facet : page.facets.keySet()) {
            if (parsed.filters().restricts(facet) || request.filters().restricts(facet)) {
                Query lifted = page.builder.build(parsed.without(facet),
                        request.withFilters(request.filters().without(facet)), target, page.mode);
                out.put(facet, searcher.search(lifted, new FacetCollectorManager()).get(facet));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<Facet, List<FacetCount>> facets(Object result) {
        return (Map<Facet, List<FacetCount>>) result;
    }

    /**
     * A searcher over the same reader that scores with {@link DocumentSimilarity}: the words (one field for documents
     * and passages) and the documents' bigrams, counted with the passages' ({@link Schema#BODY_BIGRAM}), by density.
     */
    private static IndexSearcher rankingDocuments(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        IndexSearcher documents = new IndexSearcher(reader);
        documents.setSimilarity(new DocumentSimilarity(reader,
                reader.docFreq(new Term(Schema.KIND, Schema.KIND_DOCUMENT)), Set.of(Schema.BODY, Schema.DOC_BIGRAM),
                Map.of(Schema.DOC_BIGRAM, Schema.BODY_BIGRAM)));
        return documents;
    }

    private static org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> topManager(SearchQuery request,
                                                                                           int wanted) {
        if (request.sort() == SortOrder.DATE) {
            SortField date = new SortField(Schema.DATE, SortField.Type.LONG, true);
            date.setMissingValue(Long.MIN_VALUE);
            return new TopFieldCollectorManager(new Sort(date, SortField.FIELD_SCORE), wanted, wanted);
        }
        // counting stops at `wanted`: the total comes from the counting pass
        return new TopScoreDocCollectorManager(wanted, wanted);
    }
}
