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
import fanwen.store.lucene.PassageReader;
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
        PassagePicker picker = snippetPassages(searcher, highlighter, hits);
        PassageReader passages = new PassageReader(searcher);
        List<DocumentHit> out = new ArrayList<>(hits.size());
        for (ScoreDoc hit : hits) {
            out.add(documentHit(searcher, hit, highlighter, picker, passages));
        }
        return out;
    }

    /** The passages the snippets of documents {@code hits} are cut from: those that best match the highlighter's query. */
    public static PassagePicker snippetPassages(IndexSearcher searcher, MatchHighlighter highlighter,
                                                List<ScoreDoc> hits) throws IOException {
        return PassagePicker.pick(searcher, highlighter.query(), hits.stream().mapToInt(hit -> hit.doc).toArray(),
                DOCUMENT_SNIPPETS);
    }

    /** The hit for document {@code hit.doc}, its snippets cut from the passages {@code picker} picked for it. */
    public static DocumentHit documentHit(IndexSearcher searcher, ScoreDoc hit, MatchHighlighter highlighter,
                                          PassagePicker picker, PassageReader passages) throws IOException {
        Document d = StoredFieldLoader.load(searcher.storedFields(), hit.doc, DOCUMENT_FIELDS);
        return new DocumentHit(d.get(Schema.ID), d.get(Schema.TITLE), d.get(Schema.SOURCE), d.get(Schema.TYPE),
                intField(d, Schema.YEAR), Optional.ofNullable(d.get(Schema.DATE_TEXT)),
                Arrays.asList(d.getValues(Schema.UNIT)), score(hit),
                documentSnippets(searcher, hit.doc, highlighter, picker, passages),
                Arrays.asList(d.getValues(Schema.KEYWORDS)));
    }

    private static List<Snippet> documentSnippets(IndexSearcher searcher, int parentDoc, MatchHighlighter highlighter,
                                                  PassagePicker picker, PassageReader passages) throws IOException {
        List<PassagePicker.Picked> best = picker.best(parentDoc);
        List<Snippet> snippets = new ArrayList<>(best.size());
        for (PassagePicker.Picked passage : best) {
            PassageReader.Slice slice = passages.slice(passage.doc());
            List<Snippet.Range> matches = highlighter.matches(searcher.getIndexReader(), passage.doc(), slice.text());
            snippets.add(MatchHighlighter.snippet(slice.text(), matches).shift(slice.start()));
        }
        snippets.sort(Comparator.comparingInt(Snippet::start));
        return snippets;
    }

    /** The hit for passage {@code hit.doc}, its snippet marking what {@code highlighter} finds. */
    public static PassageHit passageHit(IndexSearcher searcher, ScoreDoc hit, MatchHighlighter highlighter,
                                        PassageReader passages) throws IOException {
        PassageReader.Passage p = passages.read(hit.doc);
        Snippet snippet = MatchHighlighter.snippet(p.text(),
                highlighter.matches(searcher.getIndexReader(), hit.doc, p.text()));
        return new PassageHit(p.docId(), p.id(), p.docTitle(), p.source(), p.headingPath(), p.text(), p.start(),
                p.end(), snippet, score(hit));
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
