package fanwen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

import fanwen.extract.Extraction;
import fanwen.extract.ExtractionException;
import fanwen.extract.Extractor;
import fanwen.index.AnalyzedDocument;
import fanwen.index.ContentHash;
import fanwen.index.DocumentMetadata;
import fanwen.index.FanwenIndex;
import fanwen.index.IndexableDocument;
import fanwen.index.OriginalsStore;
import fanwen.index.Schema;
import fanwen.structure.DocumentStructurer;
import fanwen.structure.DocumentType;
import fanwen.structure.StructuredDocument;

/**
 * Re-indexes one document that is already in the index from its stored original, with given metadata
 * taking precedence — how a metadata edit reaches the index. The document keeps its id; its block is
 * replaced atomically ({@link FanwenIndex#put}). Does not commit: the caller commits, then acknowledges.
 */
public final class Reindexer {

    private final FanwenIndex index;
    private final OriginalsStore originals;
    private final Extractor extractor;
    private final DocumentStructurer structurer;

    public Reindexer(FanwenIndex index, OriginalsStore originals, Extractor extractor, DocumentStructurer structurer) {
        this.index = index;
        this.originals = originals;
        this.extractor = extractor;
        this.structurer = structurer;
    }

    /**
     * Re-runs the pipeline on the original of {@code stored} (a parent document from the index), with
     * {@code edit} over the metadata the document has now.
     */
    public void reindex(Document stored, MetadataEdit edit) throws IOException {
        String id = stored.get(Schema.ID);
        String originalHash = stored.get(Schema.ORIGINAL_HASH);
        Path original = originals.find(originalHash == null ? "" : originalHash)
                .orElseThrow(() -> new IOException("the original of document " + id + " is missing"));
        String source = stored.get(Schema.SOURCE);
        Extraction extraction;
        // the original is stored under its hash, without the extension that tells plain text apart
        try (InputStream in = Files.newInputStream(original)) {
            extraction = extractor.extract(in, fileName(source), Files.size(original));
        } catch (ExtractionException e) {
            throw new IOException("re-extracting document " + id + " failed: " + e.getMessage(), e);
        }
        String text = extraction.text();
        AnalyzedDocument analyzed = index.analyze(text);
        StructuredDocument structure = structurer.structure(text, fileName(source), extraction.title(),
                analyzed.wordCounts());
        DeclaredMetadata declared = edit.over(currentMetadata(stored));
        index.put(new IndexableDocument(id, ContentHash.ofText(text), source, originalHash, extraction.mediaType(),
                text, structure, resolve(declared, structure)), analyzed);
    }

    /** The metadata a stored document has now (inferred, declared or edited), as declared metadata. */
    static DeclaredMetadata currentMetadata(Document stored) {
        IndexableField year = stored.getField(Schema.YEAR);
        String date = stored.get(Schema.DATE_TEXT);
        return new DeclaredMetadata(Optional.ofNullable(stored.get(Schema.TITLE)),
                Optional.ofNullable(stored.get(Schema.TYPE)),
                year == null || year.numericValue() == null ? Optional.empty()
                        : Optional.of(year.numericValue().intValue()),
                date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)),
                Arrays.asList(stored.getValues(Schema.UNIT)), Arrays.asList(stored.getValues(Schema.TAG)));
    }

    /** Declared metadata over inferred: the same rule as {@link Ingester} applies to new files. */
    private static DocumentMetadata resolve(DeclaredMetadata declared, StructuredDocument inferred) {
        String type = declared.type().filter(t -> DocumentType.fromLabel(t).isPresent())
                .orElse(inferred.type().label());
        return new DocumentMetadata(declared.title().orElse(inferred.title()), type,
                declared.year().or(() -> declared.date().map(LocalDate::getYear)).or(inferred::year),
                declared.date().or(inferred::date),
                declared.units().isEmpty() ? inferred.units() : declared.units(), declared.tags());
    }

    private static String fileName(String source) {
        String name = source == null ? "" : source.substring(source.replace('\\', '/').lastIndexOf('/') + 1);
        return name.isEmpty() ? "document" : name;
    }
}
