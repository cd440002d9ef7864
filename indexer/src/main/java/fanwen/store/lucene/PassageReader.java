package fanwen.store.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.util.BitSet;

/**
 * Reads passages back. A passage keeps no text of its own: its text is the slice {@code [start, end)} of its
 * document's, which is kept once, on the document (the parent that closes the passage's block). One reader serves
 * one request, and reads each document it needs once.
 */
public final class PassageReader {

    /** The parent documents, per index segment (cached by Lucene per segment). */
    public static final BitSetProducer PARENTS =
            new QueryBitSetProducer(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)));
    private static final Set<String> PASSAGE_FIELDS = Set.of(Schema.ID, Schema.DOC_ID, Schema.HEADING_PATH,
            Schema.START, Schema.END);
    private static final Set<String> PARENT_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.SOURCE, Schema.BODY);
    /** Documents kept at once: a page needs a few; a long check touches many, once each mostly. */
    private static final int PARENTS_KEPT = 32;

    private final IndexSearcher searcher;
    private final Map<Integer, Document> parents = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Document> eldest) {
            return size() > PARENTS_KEPT;
        }
    };

    public PassageReader(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** A passage as stored, with its document's title, source and the passage's own text. */
    public record Passage(String id, String docId, String docTitle, String source, List<String> headingPath,
                          int start, int end, String text) {
    }

    /** The passage that is Lucene document {@code doc} (a top-level id). */
    public Passage read(int doc) throws IOException {
        Document p = StoredFieldLoader.load(searcher.storedFields(), doc, PASSAGE_FIELDS);
        Document parent = parent(parentOf(doc));
        int start = intField(p, Schema.START);
        int end = intField(p, Schema.END);
        String path = p.get(Schema.HEADING_PATH);
        return new Passage(p.get(Schema.ID), p.get(Schema.DOC_ID), parent.get(Schema.TITLE), parent.get(Schema.SOURCE),
                path == null ? List.of() : List.of(path.split(Schema.HEADING_SEPARATOR)), start, end,
                slice(parent.get(Schema.BODY), start, end));
    }

    /** The text of the passage that is Lucene document {@code doc}, whose document is {@code parentDoc}. */
    public String text(int doc, int parentDoc) throws IOException {
        Document p = StoredFieldLoader.load(searcher.storedFields(), doc, Set.of(Schema.START, Schema.END));
        return slice(parent(parentDoc).get(Schema.BODY), intField(p, Schema.START), intField(p, Schema.END));
    }

    /** Where the passage that is Lucene document {@code doc} starts in its document's text. */
    public int start(int doc) throws IOException {
        return intField(StoredFieldLoader.load(searcher.storedFields(), doc, Set.of(Schema.START)), Schema.START);
    }

    /** The Lucene document (top-level id) of the document that passage {@code doc} belongs to. */
    public int parentOf(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BitSet bits = PARENTS.getBitSet(leaf);
        if (bits == null) {
            throw new IOException("passage " + doc + " has no document");
        }
        return leaf.docBase + bits.nextSetBit(doc - leaf.docBase);
    }

    private Document parent(int parentDoc) throws IOException {
        Document parent = parents.get(parentDoc);
        if (parent == null) {
            parent = StoredFieldLoader.load(searcher.storedFields(), parentDoc, PARENT_FIELDS);
            parents.put(parentDoc, parent);
        }
        return parent;
    }

    private static String slice(String text, int start, int end) {
        if (text == null) {
            return "";
        }
        int from = Math.min(Math.max(0, start), text.length());
        return text.substring(from, Math.min(Math.max(from, end), text.length()));
    }

    private static int intField(Document d, String name) {
        IndexableField field = d.getField(name);
        return field == null || field.numericValue() == null ? 0 : field.numericValue().intValue();
    }
}
