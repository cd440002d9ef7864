package fanwen.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
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

import fanwen.index.FanwenIndex;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;
import fanwen.model.DocumentHit;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.model.Snippet;
import fanwen.model.SortOrder;
import fanwen.search.hits.FacetCollectorManager;
import fanwen.search.hits.MatchHighlighter;
import fanwen.search.query.ParsedQuery;
import fanwen.search.query.QueryBuilder;
import fanwen.search.query.QuerySyntax;
import fanwen.search.ranking.DocumentSimilarity;
import fanwen.search.ranking.PassagePicker;
import fanwen.search.ranking.WordCoverage;

/**
 * Answers searches over documents and over passages: parses the query, builds it, collects one page of
 * hits with facet counts over all matches, and highlights the hits of that page. Documents with all the
 * words come first; a narrow query of several words is widened to documents with some of them (see
 * {@link #run}); when Lucene refuses a query as too large, a plainer one made of its first words is run.
 *
 * <p>A document hit's snippets are cut from its best-matching passages, so a result list never loads a
 * document's whole text.
 */
public final class Searcher {

    private static final int DOCUMENT_SNIPPETS = 2;
    /** Below this many matches of all the words, matches of some of them follow (see {@link #run}). */
    static final int FILL_BELOW = 100;
    /** How many of the widened matches, best first, are ordered by how many of the words they have. */
    static final int COVERAGE_DEPTH = 300;
    private static final Set<String> DOCUMENT_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.SOURCE, Schema.TYPE,
            Schema.YEAR, Schema.DATE_TEXT, Schema.UNIT, Schema.KEYWORDS);
    private static final Set<String> PASSAGE_FIELDS = Set.of(Schema.ID, Schema.DOC_ID, Schema.DOC_TITLE, Schema.SOURCE,
            Schema.HEADING_PATH, Schema.START, Schema.END, Schema.BODY);
    private static final Set<String> SNIPPET_FIELDS = Set.of(Schema.START, Schema.BODY);

    private final FanwenIndex index;
    private final QueryBuilder queries = new QueryBuilder();
    private final QueryBuilder plainQueries = QueryBuilder.plain();

    public Searcher(FanwenIndex index) {
        this.index = index;
    }

    /** One page of documents. */
    public SearchPage<DocumentHit> searchDocuments(SearchQuery request) throws IOException {
        return search(request, QueryBuilder.Target.DOCUMENTS, Searcher::documentHit);
    }

    /** One page of passages. */
    public SearchPage<PassageHit> searchPassages(SearchQuery request) throws IOException {
        return search(request, QueryBuilder.Target.PASSAGES,
                (searcher, hit, highlighter, picker) -> passageHit(searcher, hit, highlighter));
    }

    /**
     * The facet counts over all documents {@code request} matches, as {@link #searchDocuments} reports
     * them, without collecting or reading any hit; paging and sort are ignored.
     */
    public Map<Facet, List<FacetCount>> facets(SearchQuery request) throws IOException {
        ParsedQuery parsed = QuerySyntax.parse(request.text());
        return index.withSearcher(searcher ->
                run(searcher, parsed, request, QueryBuilder.Target.DOCUMENTS, 0).facets);
    }

    @FunctionalInterface
    private interface HitMaker<H> {
        H make(IndexSearcher searcher, ScoreDoc scoreDoc, MatchHighlighter highlighter, PassagePicker picker)
                throws IOException;
    }

    private <H> SearchPage<H> search(SearchQuery request, QueryBuilder.Target target, HitMaker<H> maker)
            throws IOException {
        long started = System.nanoTime();
        ParsedQuery parsed = QuerySyntax.parse(request.text());
        int wanted = request.page() * request.size(); // bounded by SearchQuery.MAX_RESULT_WINDOW
        return index.withSearcher(searcher -> {
            Page page = run(searcher, parsed, request, target, wanted);
            // a document's snippets come from its passages: highlight what ranks them
            MatchHighlighter highlighter = new MatchHighlighter(target == QueryBuilder.Target.DOCUMENTS
                    ? page.builder.passageRanking(parsed) : page.query);
            ScoreDoc[] all = page.hits;
            int from = Math.min(all.length, (request.page() - 1) * request.size());
            List<H> hits = new ArrayList<>(all.length - from);
            if (from < all.length) {
                PassagePicker picker = target == QueryBuilder.Target.DOCUMENTS
                        ? new PassagePicker(searcher, highlighter.query()) : null;
                for (ScoreDoc scoreDoc : Arrays.copyOfRange(all, from, all.length)) {
                    hits.add(maker.make(searcher, scoreDoc, highlighter, picker));
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
    private Page run(IndexSearcher searcher, ParsedQuery parsed, SearchQuery request, QueryBuilder.Target target,
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
        Page all = run(searcher, parsed, request, target, QueryBuilder.Mode.ALL_WORDS, wanted);
        if (parsed.words().size() < 2 || all.total >= FILL_BELOW) {
            return all;
        }
        boolean byRelevance = request.sort() == SortOrder.RELEVANCE;
        if (byRelevance && all.hits.length >= wanted) {
            // the page is full of documents with all the words: the wider query only counts
            Page counted = run(searcher, parsed, request, target, QueryBuilder.Mode.ANY_WORD, 0);
            return new Page(counted.builder, counted.mode, counted.query, counted.total, all.hits, counted.facets);
        }
        // the same window of the wider list is reordered whatever the page: the best COVERAGE_DEPTH without
        // the documents with all the words (all.hits holds them all here: there are fewer than wanted)
        int depth = byRelevance ? Math.max(wanted, COVERAGE_DEPTH) + all.hits.length : wanted;
        Page any = run(searcher, parsed, request, target, QueryBuilder.Mode.ANY_WORD, depth);
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

    private Page run(IndexSearcher searcher, ParsedQuery parsed, SearchQuery request, QueryBuilder.Target target,
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
     * need to score every match, only to find the best {@code wanted}.
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
        ScoreDoc[] hits = wanted == 0 || total == 0 ? new ScoreDoc[0]
                : searcher.search(query, topManager(request, wanted)).scoreDocs;
        return new Page(builder, mode, query, total, hits, facets(counted[1]));
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

    /** A searcher over the same reader that scores with {@link DocumentSimilarity}. */
    private static IndexSearcher rankingDocuments(IndexSearcher searcher) throws IOException {
        IndexSearcher documents = new IndexSearcher(searcher.getIndexReader());
        documents.setSimilarity(new DocumentSimilarity(
                searcher.getIndexReader().docFreq(new Term(Schema.KIND, Schema.KIND_DOCUMENT))));
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

    /**
     * The hits for documents {@code hits} of {@code searcher}, in order. Each one's snippets are cut from the
     * (up to two) passages of the document that best match {@code highlighter}'s query, marking what it
     * finds, or from the start of its first passage if none matches; their offsets are offsets into the
     * document text.
     */
    public static List<DocumentHit> documentHits(IndexSearcher searcher, List<ScoreDoc> hits,
                                                 MatchHighlighter highlighter) throws IOException {
        PassagePicker picker = new PassagePicker(searcher, highlighter.query()); // one weight for all hits
        List<DocumentHit> out = new ArrayList<>(hits.size());
        for (ScoreDoc hit : hits) {
            out.add(documentHit(searcher, hit, highlighter, picker));
        }
        return out;
    }

    private static DocumentHit documentHit(IndexSearcher searcher, ScoreDoc hit, MatchHighlighter highlighter,
                                           PassagePicker picker) throws IOException {
        Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc, DOCUMENT_FIELDS);
        return new DocumentHit(d.get(Schema.ID), d.get(Schema.TITLE), d.get(Schema.SOURCE), d.get(Schema.TYPE),
                intField(d, Schema.YEAR), Optional.ofNullable(d.get(Schema.DATE_TEXT)),
                Arrays.asList(d.getValues(Schema.UNIT)), score(hit),
                documentSnippets(searcher, hit.doc, highlighter, picker),
                Arrays.asList(d.getValues(Schema.KEYWORDS)));
    }

    private static List<Snippet> documentSnippets(IndexSearcher searcher, int parentDoc, MatchHighlighter highlighter,
                                                  PassagePicker picker) throws IOException {
        List<PassagePicker.Picked> best = picker.best(parentDoc, DOCUMENT_SNIPPETS);
        List<Snippet> snippets = new ArrayList<>(best.size());
        for (PassagePicker.Picked passage : best) {
            Document p = StoredFieldLoader.load(searcher.storedFields(), passage.doc(), SNIPPET_FIELDS);
            List<Snippet.Range> matches = highlighter.matches(searcher.getIndexReader(), passage.doc());
            int start = intField(p, Schema.START).orElse(0);
            snippets.add(MatchHighlighter.snippet(p.get(Schema.BODY), matches).shift(start));
        }
        snippets.sort(Comparator.comparingInt(Snippet::start));
        return snippets;
    }

    /** The hit for passage {@code hit.doc} of {@code searcher}, its snippet marking what {@code highlighter} finds. */
    public static PassageHit passageHit(IndexSearcher searcher, ScoreDoc hit, MatchHighlighter highlighter)
            throws IOException {
        Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc, PASSAGE_FIELDS);
        String body = d.get(Schema.BODY);
        Snippet snippet = MatchHighlighter.snippet(body, highlighter.matches(searcher.getIndexReader(), hit.doc));
        String path = d.get(Schema.HEADING_PATH);
        List<String> headingPath = path == null ? List.of() : List.of(path.split(Schema.HEADING_SEPARATOR));
        return new PassageHit(d.get(Schema.DOC_ID), d.get(Schema.ID), d.get(Schema.DOC_TITLE), d.get(Schema.SOURCE),
                headingPath, body, intField(d, Schema.START).orElse(0), intField(d, Schema.END).orElse(0), snippet,
                score(hit));
    }

    private static float score(ScoreDoc hit) {
        return Float.isNaN(hit.score) ? 0f : hit.score;
    }

    private static Optional<Integer> intField(Document d, String name) {
        IndexableField field = d.getField(name);
        return field == null || field.numericValue() == null
                ? Optional.empty() : Optional.of(field.numericValue().intValue());
    }
}
