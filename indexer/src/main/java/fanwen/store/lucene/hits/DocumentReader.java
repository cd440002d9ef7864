package fanwen.store.lucene.hits;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import fanwen.index.OfficialElementsJson;
import fanwen.model.DocumentView;
import fanwen.model.OfficialElements;
import fanwen.store.OutlineJson;
import fanwen.store.lucene.FanwenIndex;
import fanwen.store.lucene.PassageReader;
import fanwen.store.lucene.Schema;

/** Reads one stored document back as a {@link DocumentView}, its outline turned into a heading tree. */
public final class DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FanwenIndex index;

    public DocumentReader(FanwenIndex index) {
        this.index = index;
    }

    /** The document with this id, as of the last commit. */
    public Optional<DocumentView> find(String id) throws IOException {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(FanwenIndex.kindAnd(Schema.KIND_DOCUMENT,
                    new TermQuery(new Term(Schema.ID, id))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = top.scoreDocs[0].doc;
            return Optional.of(view(id, searcher.storedFields().document(doc),
                    new PassageReader(searcher).documentText(doc)));
        });
    }

    private static DocumentView view(String id, Document d, String text) throws IOException {
        return new DocumentView(d.get(Schema.ID), d.get(Schema.TITLE), d.get(Schema.SOURCE),
                d.get(Schema.TYPE), intField(d, Schema.YEAR), Optional.ofNullable(d.get(Schema.DATE_TEXT)),
                values(d, Schema.UNIT), values(d, Schema.TAG), values(d, Schema.PLACES), d.get(Schema.MEDIA_TYPE),
                intField(d, Schema.CHARS).orElse(0), intField(d, Schema.PASSAGE_COUNT).orElse(0),
                d.get(Schema.INDEXED_AT), values(d, Schema.KEYWORDS), orEmpty(d.get(Schema.SUMMARY)),
                OutlineJson.read(id, d.get(Schema.OUTLINE)), official(d.get(Schema.OFFICIAL)), text);
    }

    /** The stored 公文 elements; none for a document indexed before they were. */
    private static OfficialElements official(String json) throws IOException {
        return json == null || json.isBlank() ? OfficialElements.NONE : OfficialElementsJson.read(JSON.readTree(json));
    }

    private static List<String> values(Document d, String field) {
        return Arrays.asList(d.getValues(field));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Optional<Integer> intField(Document d, String name) {
        IndexableField field = d.getField(name);
        return field == null || field.numericValue() == null
                ? Optional.empty() : Optional.of(field.numericValue().intValue());
    }
}
