package fanwen.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.PassageHit;
import fanwen.model.SearchQuery;
import fanwen.store.StoreKind;

/**
 * A library of a few texts written for a test: each stored as a file of its name, ingested into a data folder
 * under {@code dir}, searched by the names of the files that come back.
 */
public final class TextLibrary implements AutoCloseable {

    private final Engine engine;

    private TextLibrary(Engine engine) {
        this.engine = engine;
    }

    /** Writes {@code texts} (file name → text) under {@code dir} and ingests them into an embedded index. */
    public static TextLibrary of(Path dir, Map<String, String> texts) throws IOException {
        return of(dir, texts, StoreKind.EMBEDDED);
    }

    /** Writes {@code texts} (file name → text) under {@code dir} and ingests them into a store of {@code kind}. */
    public static TextLibrary of(Path dir, Map<String, String> texts, StoreKind kind) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Files.writeString(in.resolve(text.getKey()), text.getValue());
        }
        Engine engine = Engine.open(new DataFolder(dir.resolve("data")), kind.newCluster(), ExtractionLimits.defaults(),
                2);
        engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE);
        return new TextLibrary(engine);
    }

    /** The file names of the documents {@code query} finds, best first. */
    public List<String> documents(String query) throws IOException {
        return engine.searchDocuments(SearchQuery.of(query)).hits().stream()
                .map(hit -> Path.of(hit.source()).getFileName().toString()).toList();
    }

    /** The file names of the documents of the passages {@code query} finds, best first. */
    public List<String> passages(String query) throws IOException {
        return engine.searchPassages(SearchQuery.of(query)).hits().stream()
                .map(hit -> Path.of(hit.source()).getFileName().toString()).toList();
    }

    /** The passages {@code query} finds, best first, as the engine returns them. */
    public List<PassageHit> passageHits(String query) throws IOException {
        return engine.searchPassages(SearchQuery.of(query)).hits();
    }

    /** The engine the library was ingested into. */
    public Engine engine() {
        return engine;
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
