package fanwen.store.opensearch;

import static fanwen.index.JsonFields.text;
import static fanwen.index.JsonFields.texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.fingerprint.DocumentSignatures;
import fanwen.fingerprint.MinHashSignature;
import fanwen.fingerprint.NormalizedText;
import fanwen.index.DocumentMetadata;
import fanwen.index.IndexableDocument;
import fanwen.index.OfficialElementsJson;
import fanwen.model.DocumentView;
import fanwen.model.OfficialElements;
import fanwen.store.OutlineJson;
import fanwen.store.StoredDocument;
import fanwen.structure.Passage;
import fanwen.structure.Sections;
import fanwen.structure.gongwen.DocNumbers;

/**
 * One Fanwen document as the cluster keeps it — the JSON source of one OpenSearch document with its passages and
 * whole sections nested ({@link Fields}) — and read back as the records the store answers with. The cluster analyses
 * the texts itself with the plugin's analyzers.
 */
final class DocumentSource {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private DocumentSource() {
    }

    /** The source of {@code doc}, passages and whole sections included. */
    static ObjectNode of(IndexableDocument doc) {
        DocumentMetadata meta = doc.metadata();
        ObjectNode source = JSON.objectNode();
        source.put(Fields.ID, doc.id());
        source.put(Fields.TEXT_HASH, doc.textHash());
        doc.origin().ifPresent(origin -> source.put(Fields.ORIGIN, origin));
        source.put(Fields.TITLE, meta.title());
        source.put(Fields.TITLE_KEY, titleKey(meta.title()));
        source.put(Fields.BODY, doc.text());
        source.put(Fields.TYPE, meta.type());
        meta.year().ifPresent(year -> source.put(Fields.YEAR, year));
        sortDate(meta).ifPresent(date -> source.put(Fields.DATE, date.toString()));
        strings(source, Fields.UNIT, meta.units());
        strings(source, Fields.TAG, meta.tags());
        strings(source, Fields.ISSUER, meta.official().issuers());
        meta.official().docNumber().flatMap(DocNumbers::normalize)
                .ifPresent(key -> source.put(Fields.DOC_NUMBER_KEY, key));

        List<Passage> passages = doc.structure().passages();
        MinHashSignature signature = DocumentSignatures.of(doc.text(),
                passages.stream().map(p -> new DocumentSignatures.Range(p.start(), p.end())).toList()).document();
        ArrayNode bands = source.putArray(Fields.SIGNATURE_BAND);
        signature.bands().forEach(band -> bands.add(BASE64.encodeToString(band.bytes())));

        ObjectNode stored = source.putObject(Fields.STORED);
        stored.put(Fields.SOURCE, doc.source());
        stored.put(Fields.MEDIA_TYPE, doc.mediaType());
        stored.put(Fields.ORIGINAL_HASH, doc.originalHash());
        stored.put(Fields.DECLARED, doc.declared());
        stored.put(Fields.CHARS, doc.text().length());
        stored.put(Fields.PASSAGE_COUNT, passages.size());
        stored.put(Fields.INDEXED_AT, Instant.now().toString());
        stored.put(Fields.SUMMARY, doc.structure().summary());
        stored.put(Fields.OUTLINE, OutlineJson.write(doc.structure().outline()));
        OfficialElementsJson.write(stored.putObject(Fields.OFFICIAL), meta.official());
        strings(stored, Fields.KEYWORDS, doc.structure().keywords());
        strings(stored, Fields.PLACES, doc.structure().places());
        meta.date().ifPresent(date -> stored.put(Fields.DATE_TEXT, date.toString()));
        if (!signature.isEmpty()) {
            stored.put(Fields.SIGNATURE, BASE64.encodeToString(signature.toBytes()));
        }

        ArrayNode nested = source.putArray(Fields.PASSAGES);
        for (Passage passage : passages) {
            String text = doc.text().substring(passage.start(), passage.end());
            nestedEntry(nested, doc.id(), passage).put(Fields.BODY, text);
        }
        // no body: a section's text is its document's, sliced when read (kept twice, it would weigh on every fetch)
        for (Passage section : Sections.of(doc.structure().outline(), doc.text(), passages.size())) {
            nestedEntry(nested, doc.id(), section).put(Fields.KIND, Fields.KIND_SECTION);
        }
        return source;
    }

    /** A nested passage or whole section: what identifies it, where it lies, its heading path and own heading. */
    private static ObjectNode nestedEntry(ArrayNode nested, String docId, Passage range) {
        ObjectNode entry = nested.addObject();
        entry.put(Fields.ID, passageId(docId, range.ordinal()));
        entry.put(Fields.ORDINAL, range.ordinal());
        entry.put(Fields.START, range.start());
        entry.put(Fields.END, range.end());
        if (!range.headingPath().isEmpty()) {
            strings(entry, Fields.HEADING_PATH, range.headingPath());
            entry.put(Fields.HEADING, range.headingPath().getLast());
        }
        return entry;
    }

    /** What is kept of a document to index it again and serve its original, from its source. */
    static StoredDocument storedDocument(JsonNode source) {
        JsonNode stored = source.path(Fields.STORED);
        return new StoredDocument(source.path(Fields.ID).asText(), stored.path(Fields.ORIGINAL_HASH).asText(),
                stored.path(Fields.SOURCE).asText(), text(source, Fields.ORIGIN),
                stored.path(Fields.MEDIA_TYPE).asText(),
                text(stored, Fields.DECLARED), text(source, Fields.TITLE), text(source, Fields.TYPE), year(source),
                text(stored, Fields.DATE_TEXT), texts(source, Fields.UNIT), texts(source, Fields.TAG));
    }

    /** The document as it is shown, from its source. */
    static DocumentView view(JsonNode source) {
        JsonNode stored = source.path(Fields.STORED);
        String id = source.path(Fields.ID).asText();
        JsonNode official = stored.path(Fields.OFFICIAL);
        return new DocumentView(id, source.path(Fields.TITLE).asText(), stored.path(Fields.SOURCE).asText(),
                source.path(Fields.TYPE).asText(null), year(source), text(stored, Fields.DATE_TEXT),
                texts(source, Fields.UNIT), texts(source, Fields.TAG), texts(stored, Fields.PLACES),
                stored.path(Fields.MEDIA_TYPE).asText(), stored.path(Fields.CHARS).asInt(),
                stored.path(Fields.PASSAGE_COUNT).asInt(), stored.path(Fields.INDEXED_AT).asText(),
                texts(stored, Fields.KEYWORDS), stored.path(Fields.SUMMARY).asText(""),
                OutlineJson.read(id, text(stored, Fields.OUTLINE).orElse(null)),
                official.isObject() ? OfficialElementsJson.read(official) : OfficialElements.NONE,
                source.path(Fields.BODY).asText(""));
    }

    /** The key of {@code title} that its other versions share (as the embedded store keys titles). */
    static String titleKey(String title) {
        return NormalizedText.of(title).toString();
    }

    /** The id of a passage: its document's id and its ordinal (as in the embedded store). */
    static String passageId(String docId, int ordinal) {
        return docId + "-" + ordinal;
    }

    /**
     * The date sorted by: the date, or 1 January of the year when only the year is known or the year (set by a
     * manifest or a user's edit) disagrees with the date found in the text — as the embedded store sorts.
     */
    private static Optional<LocalDate> sortDate(DocumentMetadata meta) {
        Optional<LocalDate> date = meta.date().filter(d -> meta.year().map(y -> y == d.getYear()).orElse(true));
        return date.or(() -> meta.year().map(year -> LocalDate.of(year, 1, 1)));
    }

    private static Optional<Integer> year(JsonNode source) {
        JsonNode year = source.path(Fields.YEAR);
        return year.isNumber() ? Optional.of(year.asInt()) : Optional.empty();
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
    }
}
