package fanwen.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import fanwen.extract.Extraction;
import fanwen.extract.ExtractionException;
import fanwen.extract.Extractor;
import fanwen.index.OriginalsStore;
import fanwen.model.DeclaredMetadata;
import fanwen.model.MetadataEdit;
import fanwen.store.StoredDocument;

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
     * Re-runs the pipeline on the original of {@code stored}, with {@code edit} over the metadata the document has
     * now.
     */
    public void reindex(StoredDocument stored, MetadataEdit edit) throws IOException {
        reindex(stored, edit.over(declaredOf(stored)), ingester);
    }

    /**
     * Re-runs the pipeline on the original of {@code stored} with {@code declared} metadata, writing through
     * {@code into} (the live ingester, or one that fills a rebuilt index).
     */
    void reindex(StoredDocument stored, DeclaredMetadata declared, Ingester into) throws IOException {
        String id = stored.id();
        String originalHash = stored.originalHash();
        Path original = originals.find(originalHash == null ? "" : originalHash)
                .orElseThrow(() -> new IOException("the original of document " + id + " is missing"));
        String source = stored.source();
        Extraction extraction;
        // the original is stored under its hash, without the extension that tells plain text apart
        try (InputStream in = Files.newInputStream(original)) {
            extraction = extractor.extract(in, fileName(source), Files.size(original));
        } catch (ExtractionException e) {
            throw new IOException("re-extracting document " + id + " failed: " + e.getMessage(), e);
        }
        into.index(id, originalHash, source, stored.origin(), fileName(source), extraction, declared);
    }

    /**
     * The metadata declared for a stored document (manifest, upload form, the user's edits), as it was indexed.
     * An index from before this was stored gives the metadata the document has now, inferred parts included, so
     * that a rebuild shows users what they saw.
     */
    static DeclaredMetadata declaredOf(StoredDocument stored) {
        return stored.declared().map(DeclaredMetadataJson::read).orElseGet(() -> currentMetadata(stored));
    }

    /** The metadata a stored document has now (inferred, declared or edited), as declared metadata. */
    static DeclaredMetadata currentMetadata(StoredDocument stored) {
        return new DeclaredMetadata(stored.title(), stored.type(), stored.year(), stored.dateText().map(LocalDate::parse),
                stored.units(), stored.tags());
    }

    private static String fileName(String source) {
        String name = source == null ? "" : source.substring(source.replace('\\', '/').lastIndexOf('/') + 1);
        return name.isEmpty() ? "document" : name;
    }
}
