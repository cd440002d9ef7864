package fanwen.store;

import java.util.List;
import java.util.Optional;

import fanwen.index.AnalyzedDocument;
import fanwen.index.ContentHash;
import fanwen.index.DocumentMetadata;
import fanwen.index.IndexableDocument;
import fanwen.structure.DocumentStructurer;
import fanwen.structure.StructuredDocument;

/** Documents for the stores' tests, made from a text as the ingest stage makes them (no file, no original). */
public final class TestDocuments {

    private static final DocumentStructurer STRUCTURER = new DocumentStructurer();

    private TestDocuments() {
    }

    /** Document {@code id} of {@code text}, as if indexed from the file {@code /library/NAME} with {@code tags}. */
    public static Made of(String id, String name, String text, String... tags) {
        AnalyzedDocument analyzed = AnalyzedDocument.of(text);
        StructuredDocument structure = STRUCTURER.structure(text, name, Optional.empty(), analyzed.wordCounts());
        DocumentMetadata metadata = new DocumentMetadata(structure.title(), structure.type().label(), structure.year(),
                structure.date(), structure.units(), List.of(tags), structure.official());
        IndexableDocument doc = new IndexableDocument(id, ContentHash.ofText(text), name,
                Optional.of("/library/" + name), "original-" + id, "text/plain", text, structure, metadata,
                "{\"tags\":" + tagsJson(tags) + "}");
        return new Made(doc, analyzed);
    }

    private static String tagsJson(String... tags) {
        StringBuilder json = new StringBuilder("[");
        for (String tag : tags) {
            json.append(json.length() > 1 ? "," : "").append('"').append(tag).append('"');
        }
        return json.append(']').toString();
    }

    /** A document and the analysis of its text, as {@link LibraryStore#put} takes them. */
    public record Made(IndexableDocument document, AnalyzedDocument analyzed) {

        public String id() {
            return document.id();
        }

        public void putInto(LibraryStore store) throws java.io.IOException {
            store.put(document, analyzed);
        }
    }
}
