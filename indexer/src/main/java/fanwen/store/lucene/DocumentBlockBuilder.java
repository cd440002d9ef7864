package fanwen.store.lucene;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

import fanwen.fingerprint.DocumentSignatures;
import fanwen.fingerprint.MinHashSignature;
import fanwen.index.AnalyzedDocument;
import fanwen.index.AnalyzedText;
import fanwen.index.DocumentMetadata;
import fanwen.index.IndexableDocument;
import fanwen.index.OfficialElementsJson;
import fanwen.model.OfficialElements;
import fanwen.store.OutlineJson;
import fanwen.structure.Passage;
import fanwen.structure.Sections;
import fanwen.structure.gongwen.DocNumbers;

/**
 * Turns one {@link IndexableDocument} into its Lucene block: one child document per passage, one per whole section
 * ({@link Sections}), then the parent document. The body was analysed once ({@link AnalyzedDocument}); the passages
 * are indexed from slices of that one token list, and each distinct heading — shared by all the passages of a
 * section — is segmented once for the block.
 *
 * <p>What is kept once: the text, in pieces that follow one another ({@link Schema#TEXT_PIECE}: each passage the
 * text from the end of the one before to its own end, the parent the rest), the title, the source and the metadata
 * on the parent only; bigram positions on passages only (a document's bigram runs are found in its passages); no
 * postings keep offsets (a snippet's words are found in its text, see
 * {@code MatchHighlighter}); signature bands are on documents only.
 */
final class DocumentBlockBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentBlockBuilder() {
    }

    /** The block to hand to {@code IndexWriter.updateDocuments}: passages first, the parent last. */
    static List<Document> build(IndexableDocument doc, AnalyzedDocument analyzed, Analyzer headingAnalyzer) {
        AnalyzedText words = analyzed.words();
        Map<String, AnalyzedText> headings = new HashMap<>();
        Function<String, TokenStream> headingTokens = heading -> headings
                .computeIfAbsent(heading, h -> AnalyzedText.analyze(headingAnalyzer, Schema.HEADING, h)).all();
        List<Passage> passages = doc.structure().passages();
        DocumentSignatures signatures = DocumentSignatures.of(doc.text(),
                passages.stream().map(p -> new DocumentSignatures.Range(p.start(), p.end())).toList());
        List<Document> block = new ArrayList<>(passages.size() + 1);
        int pieceStart = 0;
        for (Passage passage : passages) {
            if (passage.start() < pieceStart) {
                throw new IllegalArgumentException("passage " + passage.ordinal() + " overlaps the one before it");
            }
            block.add(passageDocument(doc, passage, doc.text().substring(pieceStart, passage.end()), words,
                    headingTokens));
            pieceStart = passage.end();
        }
        for (Passage section : Sections.of(doc.structure().outline(), doc.text(), passages.size())) {
            block.add(sectionDocument(doc, section, headingTokens));
        }
        block.add(parentDocument(doc, doc.text().substring(pieceStart), words, signatures.document()));
        return block;
    }

    /** The near-duplicate signature's band terms (indexed, documents only); see {@link Schema#SIGNATURE_BAND}. */
    private static void addBands(Document d, MinHashSignature signature) {
        for (MinHashSignature.Band band : signature.bands()) {
            d.add(new StringField(Schema.SIGNATURE_BAND, new BytesRef(band.bytes()), Field.Store.NO));
        }
    }

    private static Document passageDocument(IndexableDocument doc, Passage passage, String piece, AnalyzedText words,
                                            Function<String, TokenStream> headingTokens) {
        String text = piece.substring(piece.length() - (passage.end() - passage.start()));
        Document d = child(Schema.KIND_PASSAGE, doc, passage);
        if (!passage.headingPath().isEmpty()) {
            String path = String.join(Schema.HEADING_SEPARATOR, passage.headingPath());
            d.add(new StoredField(Schema.HEADING_PATH, path));
            d.add(new Field(Schema.HEADING, headingTokens.apply(passage.headingPath().getLast()), Schema.UNSTORED_TEXT));
        }
        d.add(new Field(Schema.BODY, words.slice(passage.start(), passage.end()), Schema.UNSTORED_TEXT));
        d.add(new Field(Schema.BODY_BIGRAM, text, Schema.UNSTORED_TEXT)); // analysed by the writer
        addFilterFields(d, doc.metadata(), Field.Store.NO);
        d.add(new StoredField(Schema.TEXT_PIECE, piece));
        return d;
    }

    /**
     * A whole section: its range and heading path stored, its own heading indexed, the filters; no text of its own
     * (its text is read from the pieces of the passages it spans).
     */
    private static Document sectionDocument(IndexableDocument doc, Passage section,
                                            Function<String, TokenStream> headingTokens) {
        Document d = child(Schema.KIND_SECTION, doc, section);
        d.add(new StoredField(Schema.HEADING_PATH, String.join(Schema.HEADING_SEPARATOR, section.headingPath())));
        d.add(new Field(Schema.HEADING, headingTokens.apply(section.headingPath().getLast()), Schema.UNSTORED_TEXT));
        addFilterFields(d, doc.metadata(), Field.Store.NO);
        return d;
    }

    /** A child of the block — a passage or a whole section — with what identifies it and where it lies. */
    private static Document child(String kind, IndexableDocument doc, Passage range) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, kind, Field.Store.NO));
        d.add(new StringField(Schema.BLOCK_ID, doc.id(), Field.Store.NO));
        d.add(new StringField(Schema.ID, passageId(doc.id(), range.ordinal()), Field.Store.YES));
        d.add(new StoredField(Schema.DOC_ID, doc.id()));
        d.add(new StoredField(Schema.ORDINAL, range.ordinal()));
        d.add(new StoredField(Schema.START, range.start()));
        d.add(new StoredField(Schema.END, range.end()));
        return d;
    }

    private static Document parentDocument(IndexableDocument doc, String piece, AnalyzedText words,
                                           MinHashSignature signature) {
        DocumentMetadata meta = doc.metadata();
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_DOCUMENT, Field.Store.NO));
        d.add(new StringField(Schema.BLOCK_ID, doc.id(), Field.Store.NO));
        d.add(new StringField(Schema.ID, doc.id(), Field.Store.YES));
        d.add(new StringField(Schema.TEXT_HASH, doc.textHash(), Field.Store.YES));
        doc.origin().ifPresent(origin -> d.add(new StringField(Schema.ORIGIN, origin, Field.Store.YES)));
        d.add(new Field(Schema.TITLE, meta.title(), Schema.STORED_TEXT));
        d.add(new Field(Schema.TITLE_BIGRAM, meta.title(), Schema.UNSTORED_TEXT));
        String titleKey = Schema.titleKey(meta.title());
        if (!titleKey.isEmpty()) {
            d.add(new StringField(Schema.TITLE_KEY, titleKey, Field.Store.NO));
        }
        d.add(new Field(Schema.BODY, words.all(), Schema.UNSTORED_TEXT));
        d.add(new Field(Schema.DOC_BIGRAM, doc.text(), Schema.UNSTORED_TERMS)); // analysed by the writer
        d.add(new StoredField(Schema.SOURCE, doc.source()));
        d.add(new StoredField(Schema.MEDIA_TYPE, doc.mediaType()));
        d.add(new StoredField(Schema.ORIGINAL_HASH, doc.originalHash()));
        d.add(new StoredField(Schema.DECLARED, doc.declared()));
        d.add(new StoredField(Schema.CHARS, doc.text().length()));
        d.add(new StoredField(Schema.PASSAGE_COUNT, doc.structure().passages().size()));
        d.add(new StoredField(Schema.INDEXED_AT, Instant.now().toString()));
        d.add(new StoredField(Schema.SUMMARY, doc.structure().summary()));
        d.add(new StoredField(Schema.OUTLINE, OutlineJson.write(doc.structure().outline())));
        d.add(new StoredField(Schema.OFFICIAL, officialJson(meta.official())));
        meta.official().docNumber().flatMap(DocNumbers::normalize)
                .ifPresent(key -> d.add(new StringField(Schema.DOC_NUMBER_KEY, key, Field.Store.NO)));
        doc.structure().keywords().forEach(k -> d.add(new StoredField(Schema.KEYWORDS, k)));
        doc.structure().places().forEach(p -> d.add(new StoredField(Schema.PLACES, p)));
        meta.date().ifPresent(date -> d.add(new StoredField(Schema.DATE_TEXT, date.toString())));
        sortDate(meta).ifPresent(day -> d.add(new NumericDocValuesField(Schema.DATE, day)));
        addFilterFields(d, meta, Field.Store.YES);
        addBands(d, signature);
        if (!signature.isEmpty()) {
            d.add(new StoredField(Schema.SIGNATURE, signature.toBytes()));
        }
        d.add(new StoredField(Schema.TEXT_PIECE, piece));
        return d;
    }

    /**
     * The epoch day sorted by: the date, or 1 January of the year when only the year is known or the year
     * (set by a manifest or a user's edit) disagrees with the date found in the text.
     */
    private static Optional<Long> sortDate(DocumentMetadata meta) {
        Optional<LocalDate> date = meta.date().filter(d -> meta.year().map(y -> y == d.getYear()).orElse(true));
        return date.or(() -> meta.year().map(year -> LocalDate.of(year, 1, 1))).map(LocalDate::toEpochDay);
    }

    /**
     * Type, year, unit, tag and issuing organ: on documents and on passages, for filters and facet counts; stored
     * ({@code store}) on documents only.
     */
    private static void addFilterFields(Document d, DocumentMetadata meta, Field.Store store) {
        addKeyword(d, Schema.TYPE, meta.type(), store);
        meta.year().ifPresent(year -> {
            d.add(new IntPoint(Schema.YEAR, year));
            d.add(new NumericDocValuesField(Schema.YEAR, year));
            if (store == Field.Store.YES) {
                d.add(new StoredField(Schema.YEAR, year));
            }
        });
        meta.units().forEach(unit -> addKeyword(d, Schema.UNIT, unit, store));
        meta.tags().forEach(tag -> addKeyword(d, Schema.TAG, tag, store));
        meta.official().issuers().forEach(issuer -> addKeyword(d, Schema.ISSUER, issuer, store));
    }

    private static void addKeyword(Document d, String field, String value, Field.Store store) {
        d.add(new StringField(field, value, store));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /** The id of a passage: its document's id and its ordinal. */
    static String passageId(String docId, int ordinal) {
        return docId + "-" + ordinal;
    }

    private static String officialJson(OfficialElements official) {
        ObjectNode node = JSON.createObjectNode();
        OfficialElementsJson.write(node, official);
        return node.toString();
    }
}
