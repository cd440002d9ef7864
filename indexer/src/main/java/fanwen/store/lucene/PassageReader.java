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
 * Reads passages and texts back. The text is kept once, in pieces ({@link Schema#TEXT_PIECE}): a passage's text is
 * the end of its own piece, so showing a passage reads that one small stored document; a document's whole text is
 * its passages' pieces and its own, in order. One reader serves one request, and reads each document's title and
 * source once.
 */
public final class PassageReader {

    /** The parent documents, per index segment (cached by Lucene per segment). */
    public static final BitSetProducer PARENTS =
            new QueryBitSetProducer(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)));
    private static final Set<String> PASSAGE_FIELDS = Set.of(Schema.ID, Schema.DOC_ID, Schema.HEADING_PATH,
            Schema.START, Schema.END, Schema.TEXT_PIECE);
    private static final Set<String> SLICE_FIELDS = Set.of(Schema.START, Schema.END, Schema.TEXT_PIECE);
    private static final Set<String> PIECE = Set.of(Schema.TEXT_PIECE);
    private static final Set<String> PARENT_FIELDS = Set.of(Schema.ID, Schema.TITLE, Schema.SOURCE);
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

    /** The passage (or whole section) that is Lucene document {@code doc} (a top-level id). */
    public Passage read(int doc) throws IOException {
        Document p = StoredFieldLoader.load(searcher.storedFields(), doc, PASSAGE_FIELDS);
        Document parent = parent(parentOf(doc));
        String path = p.get(Schema.HEADING_PATH);
        int start = intField(p, Schema.START);
        int end = intField(p, Schema.END);
        // a whole section keeps no piece: its text spans the pieces of its passages
        String text = p.get(Schema.TEXT_PIECE) != null ? text(p)
                : documentText(parentOf(doc)).substring(start, end);
        return new Passage(p.get(Schema.ID), p.get(Schema.DOC_ID), parent.get(Schema.TITLE), parent.get(Schema.SOURCE),
                path == null ? List.of() : List.of(path.split(Schema.HEADING_SEPARATOR)), start, end, text);
    }

    /** A passage's text and where it starts in its document's text. */
    public record Slice(int start, String text) {
    }

    /** The text of the passage that is Lucene document {@code doc}, and where it starts. */
    public Slice slice(int doc) throws IOException {
        Document p = StoredFieldLoader.load(searcher.storedFields(), doc, SLICE_FIELDS);
        return new Slice(intField(p, Schema.START), text(p));
    }

    /** The whole text of the document that is Lucene document {@code parentDoc}: its passages' pieces, then its own. */
    public String documentText(int parentDoc) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int doc = firstPassageOf(parentDoc); doc <= parentDoc; doc++) {
            String piece = StoredFieldLoader.load(searcher.storedFields(), doc, PIECE).get(Schema.TEXT_PIECE);
            if (piece != null) {
                text.append(piece);
            }
        }
        return text.toString();
    }

    /** The Lucene document (top-level id) of the document that passage {@code doc} belongs to. */
    public int parentOf(int doc) throws IOException {
        LeafReaderContext leaf = leafOf(doc);
        return leaf.docBase + parents(leaf).nextSetBit(doc - leaf.docBase);
    }

    /** The first passage of document {@code parentDoc} (itself when it has none): its block follows the one before. */
    private int firstPassageOf(int parentDoc) throws IOException {
        LeafReaderContext leaf = leafOf(parentDoc);
        int local = parentDoc - leaf.docBase;
        int previousParent = local == 0 ? -1 : parents(leaf).prevSetBit(local - 1);
        return leaf.docBase + previousParent + 1;
    }

    private LeafReaderContext leafOf(int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    private static BitSet parents(LeafReaderContext leaf) throws IOException {
        BitSet bits = PARENTS.getBitSet(leaf);
        if (bits == null) {
            throw new IOException("a segment holds passages without their document");
        }
        return bits;
    }

    private Document parent(int parentDoc) throws IOException {
        Document parent = parents.get(parentDoc);
        if (parent == null) {
            parent = StoredFieldLoader.load(searcher.storedFields(), parentDoc, PARENT_FIELDS);
            parents.put(parentDoc, parent);
        }
        return parent;
    }

    /** A passage's text: the last {@code end - start} chars of its piece. */
    private static String text(Document passage) {
        String piece = passage.get(Schema.TEXT_PIECE);
        if (piece == null) {
            return "";
        }
        int length = intField(passage, Schema.END) - intField(passage, Schema.START);
        return piece.substring(Math.max(0, piece.length() - Math.max(0, length)));
    }

    private static int intField(Document d, String name) {
        IndexableField field = d.getField(name);
        return field == null || field.numericValue() == null ? 0 : field.numericValue().intValue();
    }
}
