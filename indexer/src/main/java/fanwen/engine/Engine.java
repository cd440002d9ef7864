package fanwen.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fanwen.analysis.DomainDictionary;
import fanwen.extract.ExtractionLimits;
import fanwen.extract.Extractor;
import fanwen.index.FanwenIndex;
import fanwen.index.OriginalsStore;
import fanwen.index.Schema;
import fanwen.ingest.FileCollector;
import fanwen.ingest.Ingester;
import fanwen.search.Searcher;
import fanwen.structure.DocumentStructurer;

/**
 * One data folder opened for use: the index, the originals, the pipeline that fills them and the
 * searcher that reads them. The CLI and the HTTP server talk to the engine only through this class.
 *
 * <p>Opening loads the bundled domain dictionary and the user dictionaries of the data folder before
 * anything is analysed, so user terms take effect on every start without rebuilding anything.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final DataFolder folder;
    private final FanwenIndex index;
    private final OriginalsStore originals;
    private final Searcher searcher;
    private final Extractor extractor;
    private final Ingester ingester;

    private Engine(DataFolder folder, FanwenIndex index, Extractor extractor, int threads) {
        this.folder = folder;
        this.index = index;
        this.originals = new OriginalsStore(folder.originals());
        this.searcher = new Searcher(index);
        this.extractor = extractor;
        this.ingester = extractor == null ? null
                : new Ingester(index, originals, extractor, new DocumentStructurer(), threads);
    }

    /** Opens {@code folder} for reading and writing (creating it if needed); one writer per folder at a time. */
    public static Engine open(DataFolder folder, ExtractionLimits limits, int threads) throws IOException {
        loadDictionaries(folder);
        FanwenIndex index = FanwenIndex.openForWriting(folder.index());
        return new Engine(folder, index, new Extractor(limits), threads);
    }

    /** Opens {@code folder} for searching only; works beside a process that writes to it. */
    public static Engine openReadOnly(DataFolder folder) throws IOException {
        loadDictionaries(folder);
        return new Engine(folder, FanwenIndex.openForReading(folder.index()), null, 1);
    }

    private static void loadDictionaries(DataFolder folder) throws IOException {
        DomainDictionary.loadBundled();
        Path dir = folder.dictionaries();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path file : files) {
                int terms = DomainDictionary.loadUserDictionary(file);
                LOG.info("user dictionary {}: {} terms", file, terms);
            }
        }
    }

    public DataFolder folder() {
        return folder;
    }

    public FanwenIndex index() {
        return index;
    }

    public Searcher searcher() {
        return searcher;
    }

    public OriginalsStore originals() {
        return originals;
    }

    /** The ingest pipeline; absent when opened read-only. */
    public Ingester ingester() {
        if (ingester == null) {
            throw new IllegalStateException("engine opened read-only");
        }
        return ingester;
    }

    /** Finds the files to ingest under the given paths. */
    public FileCollector fileCollector() {
        return new FileCollector(Extractor.supportedExtensions());
    }

    /** Deletes a document, its passages and its original, and commits; false if there was no such document. */
    public boolean delete(String id) throws IOException {
        Optional<Document> doc = index.findDocument(id);
        if (doc.isEmpty()) {
            return false;
        }
        index.delete(id);
        ingester().commit();
        String originalHash = doc.get().get(Schema.ORIGINAL_HASH);
        if (originalHash != null) {
            originals.delete(originalHash);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        index.close();
        if (extractor != null) {
            extractor.close();
        }
    }
}
