package fanwen.store.lucene;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;

/**
 * Loads chosen stored fields of one document. The body is always the last stored field of a document
 * (see {@link DocumentBlockBuilder}), so a load without the body stops before it and never decompresses
 * the text of a long document just to show its title.
 */
public final class StoredFieldLoader {

    private StoredFieldLoader() {
    }

    /** The stored fields named in {@code fields} of document {@code docId}. */
    public static Document load(StoredFields stored, int docId, Set<String> fields) throws IOException {
        boolean wantsBody = fields.contains(Schema.BODY);
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields) {
            @Override
            public Status needsField(FieldInfo fieldInfo) throws IOException {
                if (!wantsBody && fieldInfo.name.equals(Schema.BODY)) {
                    return Status.STOP;
                }
                return super.needsField(fieldInfo);
            }
        };
        stored.document(docId, visitor);
        return visitor.getDocument();
    }
}
