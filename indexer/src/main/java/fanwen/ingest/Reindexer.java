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
import fanwen.index.OriginalsStore;
import fanwen.index.Schema;
import fanwen.model.DeclaredMetadata;
import fanwen.model.MetadataEdit;

/**
 * Re-indexes one document that is already in the index from its stored original, with given metadata
 * taking precedence — how a metadata edit reaches the index. The document keeps its id; its block is
 * replaced atomically by {@link Ingester#index}. Does not commit: the caller commits, then acknowledges.
 */
public final class Reindexer {

    private final Ingester ingester;
    private final OriginalsStore originals;
    private final Extractor extractor;

    public Reindexer(Ingester ingester, OriginalsStore originals, Extractor extractor) {
        this.ingester = ingester;
        this.originals = originals;
        this.extractor = extractor;
    }

    /**
     * Re-runs the pipeline on the original of {@code stored} (a parent document from the index), with
     * {@code edit} over the metadata the document has now.
     */
    public void reindex(Document stored, MetadataEdit edit) throws IOException {
        reindex(stored, edit.over(declaredOf(stored)), ingester);
    }

    /**
     * Re-runs the pipeline on the original of {@code stored} with {@code declared} metadata, writing through
     * {@code into} (the live ingester, or one that fills a rebuilt index).
     */
    void reindex(Document stored, DeclaredMetadata declared, Ingester into) throws IOException {
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
        into.index(id, originalHash, source, Optional.ofNullable(stored.get(Schema.ORIGIN)), fileName(source),
                extraction, declared);
    }

    /**
     * The metadata declared for a stored document (manifest, upload form, the user's edits), as it was indexed.
     * An index from before this was stored gives the metadata the document has now, inferred parts included, so
     * that a rebuild shows users what they saw.
     */
    static DeclaredMetadata declaredOf(Document stored) {
        String declared = stored.get(Schema.DECLARED);
        return declared != null ? DeclaredMetadataJson.read(declared) : currentMetadata(stored);
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

    private static String fileName(String source) {
        String name = source == null ? "" : source.substring(source.replace('\\', '/').lastIndexOf('/') + 1);
        return name.isEmpty() ? "document" : name;
    }
}
