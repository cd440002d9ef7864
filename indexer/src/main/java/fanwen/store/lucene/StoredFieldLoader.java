package fanwen.store.lucene;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/** Loads chosen stored fields of one document. */
public final class StoredFieldLoader {

    private StoredFieldLoader() {
    }

    /** The stored fields named in {@code fields} of document {@code docId}. */
    public static Document load(StoredFields stored, int docId, Set<String> fields) throws IOException {
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields);
        stored.document(docId, visitor);
        return visitor.getDocument();
    }
}
