package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fanwen.bench.BenchEngines;
import fanwen.engine.Engine;
import fanwen.model.ClusterAddress;
import fanwen.model.DocumentHit;
import fanwen.model.Filters;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.IngestStatus;
import fanwen.model.PassageHit;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;
import fanwen.model.SourceFile;

/**
 * Fanwen as a user gets it: the collection ingested through {@link Engine} (the corpus folder and the
 * folder holding {@code laws/} as two paths, so hit sources are the collection's keys), searched by
 * relevance with no filters — documents, or passages (with their heading path). Its index is the embedded one of
 * the data folder or, given a cluster, on that OpenSearch cluster. Re-ingesting an up-to-date library is a no-op
 * (content hashes).
 */
final class FanwenSystem implements SearchSystem, PassageSystem {

    private final String name;
    private final Engine engine;

    private FanwenSystem(String name, Engine engine) {
        this.name = name;
        this.engine = engine;
    }

    /**
     * The system {@code name}: the collection ingested into the library of {@code data}, its index on
     * {@code cluster} if any.
     */
    static FanwenSystem open(String name, Path data, Optional<ClusterAddress> cluster, Collection collection)
            throws IOException {
        Engine engine = BenchEngines.open(data, cluster);
        Set<String> keys = collection.byKey().keySet();
        List<SourceFile> files = engine.collect(List.of(collection.corpusRoot(), collection.lawsRoot()))
                .files().stream().filter(f -> keys.contains(f.source())).toList();
        long started = System.nanoTime();
        List<IngestResult> results = engine.ingest(files, IngestListener.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        long indexed = results.stream().filter(r -> r.status() == IngestStatus.INDEXED).count();
        long chars = results.stream().mapToLong(IngestResult::chars).sum();
        System.err.printf("%s: %d files given, %d (re)indexed in %.1f s (%,.0f chars/s); index holds %d documents%n",
                name, files.size(), indexed, seconds, chars / seconds, engine.health().documents());
        return new FanwenSystem(name, engine);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> search(String query, int depth) throws IOException {
        SearchQuery request = new SearchQuery(query, Filters.NONE, SortOrder.RELEVANCE, 1, Math.min(depth, SearchQuery.MAX_SIZE));
        List<String> keys = new ArrayList<>();
        for (DocumentHit hit : engine.searchDocuments(request).hits()) {
            keys.add(hit.source());
        }
        return keys;
    }

    @Override
    public List<Passage> searchPassages(String query, int depth) throws IOException {
        SearchQuery request = new SearchQuery(query, Filters.NONE, SortOrder.RELEVANCE, 1, Math.min(depth, SearchQuery.MAX_SIZE));
        List<Passage> passages = new ArrayList<>();
        for (PassageHit hit : engine.searchPassages(request).hits()) {
            passages.add(new Passage(Passage.key(hit.source(), hit.start(), hit.end()), hit.headingPath(), hit.text()));
        }
        return passages;
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
