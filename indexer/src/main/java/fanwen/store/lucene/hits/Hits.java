package fanwen.store.lucene.hits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

import fanwen.model.DocumentHit;
import fanwen.model.PassageHit;
import fanwen.model.Snippet;
import fanwen.store.lucene.Schema;
import fanwen.store.lucene.StoredFieldLoader;
import fanwen.store.lucene.search.PassagePicker;

/**
 * Turns what a query found into hits: a document's title, metadata and snippets cut from its best-matching
 * passages, a passage's text, heading path and snippet — marking what a highlighter finds. Searches and similar
 * items make their hits here.
 */
public final class Hits {

    private static final int DOCUMENT_SNIPPETS = 2;
    private static final Set<String> DOCUMENT_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.SOURCE, Schema.TYPE,
            Schema.YEAR, Schema.DATE_TEXT, Schema.UNIT, Schema.KEYWORDS);
    private static final Set<String> PASSAGE_FIELDS = Set.of(Schema.ID, Schema.DOC_ID, Schema.DOC_TITLE, Schema.SOURCE,
            Schema.HEADING_PATH, Schema.START, Schema.END, Schema.BODY);
    private static final Set<String> SNIPPET_FIELDS = Set.of(Schema.START, Schema.BODY);

    private Hits() {
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

    public static DocumentHit documentHit(IndexSearcher searcher, ScoreDoc hit, MatchHighlighter highlighter,
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
