package fanwen.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import fanwen.index.FanwenIndex;
import fanwen.index.Schema;
import fanwen.index.StoredFieldLoader;

/**
 * Answers searches over documents and over passages: parses the query, builds it, collects one page of
 * hits with facet counts over all matches, and highlights the hits of that page. When a query of several
 * words matches nothing with all of them, it is run again accepting any of them.
 */
public final class Searcher {

    private static final int DOCUMENT_SNIPPETS = 2;
    private static final Set<String> DOCUMENT_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.SOURCE, Schema.TYPE,
            Schema.YEAR, Schema.DATE_TEXT, Schema.UNIT, Schema.KEYWORDS, Schema.BODY);
    private static final Set<String> PASSAGE_FIELDS = Set.of(Schema.ID, Schema.DOC_ID, Schema.DOC_TITLE, Schema.SOURCE,
            Schema.HEADING_PATH, Schema.START, Schema.END, Schema.BODY);

    private final FanwenIndex index;
    private final QueryBuilder queries = new QueryBuilder();

    public Searcher(FanwenIndex index) {
        this.index = index;
    }

    /** One page of documents. */
    public SearchResult<DocumentHit> searchDocuments(SearchRequest request) throws IOException {
        return search(request, QueryBuilder.Target.DOCUMENTS, Searcher::documentHit);
    }

    /** One page of passages. */
    public SearchResult<PassageHit> searchPassages(SearchRequest request) throws IOException {
        return search(request, QueryBuilder.Target.PASSAGES, Searcher::passageHit);
    }

    @FunctionalInterface
    private interface HitMaker<H> {
        H make(IndexSearcher searcher, ScoreDoc scoreDoc, MatchHighlighter highlighter) throws IOException;
    }

    private <H> SearchResult<H> search(SearchRequest request, QueryBuilder.Target target, HitMaker<H> maker)
            throws IOException {
        long started = System.nanoTime();
        ParsedQuery parsed = QuerySyntax.parse(request.query());
        return index.withSearcher(searcher -> {
            Query query = queries.build(parsed, request, target, QueryBuilder.Mode.ALL_WORDS);
            Page page = collect(searcher, query, request);
            if (page.top.totalHits.value() == 0 && parsed.words().size() > 1) {
                query = queries.build(parsed, request, target, QueryBuilder.Mode.ANY_WORD);
                page = collect(searcher, query, request);
            }
            MatchHighlighter highlighter = new MatchHighlighter(query);
            ScoreDoc[] all = page.top.scoreDocs;
            int from = Math.min(all.length, (request.page() - 1) * request.size());
            List<H> hits = new ArrayList<>(all.length - from);
            for (ScoreDoc scoreDoc : Arrays.copyOfRange(all, from, all.length)) {
                hits.add(maker.make(searcher, scoreDoc, highlighter));
            }
            long took = (System.nanoTime() - started) / 1_000_000;
            return new SearchResult<>(page.top.totalHits.value(), took, hits, page.facets);
        });
    }

    private record Page(TopDocs top, Map<String, List<FacetCount>> facets) {
    }

    private static Page collect(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int wanted = request.page() * request.size();
        MultiCollectorManager both = new MultiCollectorManager(topManager(request, wanted),
                new FacetCollectorManager());
        Object[] results = searcher.search(query, both);
        @SuppressWarnings("unchecked")
        Map<String, List<FacetCount>> facets = (Map<String, List<FacetCount>>) results[1];
        return new Page((TopDocs) results[0], facets);
    }

    private static org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> topManager(SearchRequest request,
                                                                                           int wanted) {
        if (request.sort() == SearchRequest.SortOrder.DATE) {
            SortField date = new SortField(Schema.DATE, SortField.Type.LONG, true);
            date.setMissingValue(Long.MIN_VALUE);
            return new TopFieldCollectorManager(new Sort(date, SortField.FIELD_SCORE), wanted, Integer.MAX_VALUE);
        }
        return new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
    }

    /** The hit for document {@code hit.doc} of {@code searcher}, its snippets marking what {@code highlighter} finds. */
    public static DocumentHit documentHit(IndexSearcher searcher, ScoreDoc hit, MatchHighlighter highlighter)
            throws IOException {
        Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc, DOCUMENT_FIELDS);
        String body = d.get(Schema.BODY);
        List<Snippet> snippets = MatchHighlighter.snippets(body,
                highlighter.matches(searcher.getIndexReader(), hit.doc), DOCUMENT_SNIPPETS);
        return new DocumentHit(d.get(Schema.ID), d.get(Schema.TITLE), d.get(Schema.SOURCE), d.get(Schema.TYPE),
                intField(d, Schema.YEAR), Optional.ofNullable(d.get(Schema.DATE_TEXT)),
                Arrays.asList(d.getValues(Schema.UNIT)), score(hit), snippets,
                Arrays.asList(d.getValues(Schema.KEYWORDS)));
    }

    /** The hit for passage {@code hit.doc} of {@code searcher}, its snippet marking what {@code highlighter} finds. */
    public static PassageHit passageHit(IndexSearcher searcher, ScoreDoc hit, MatchHighlighter highlighter)
            throws IOException {
        Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc, PASSAGE_FIELDS);
        String body = d.get(Schema.BODY);
        Snippet snippet = MatchHighlighter.snippets(body,
                highlighter.matches(searcher.getIndexReader(), hit.doc), 1).get(0);
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
