package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fanwen.model.ClusterAddress;

/**
 * The systems under test over one collection, opened (indexing what is not indexed yet) and closed together:
 * Fanwen, given a cluster Fanwen again with its index there ({@code fanwen-opensearch}), and the three document
 * baselines; with passages, also the cjk and smartcn paragraph baselines (Fanwen answers both). Each index lives in
 * its own folder of the collection ({@link Collection#indexFolder}), on the cluster under its own prefix ({@link
 * Collection#indexPrefix}).
 */
record Systems(List<SearchSystem> documents, List<PassageSystem> passages) implements AutoCloseable {

    static Systems open(Collection collection, Path work, boolean withPassages) throws IOException {
        return open(collection, work, withPassages, Optional.empty());
    }

    static Systems open(Collection collection, Path work, boolean withPassages, Optional<ClusterAddress> cluster)
            throws IOException {
        List<SearchSystem> documents = new ArrayList<>();
        List<PassageSystem> passages = new ArrayList<>();
        Systems systems = new Systems(documents, passages);
        try {
            // the cluster first: a node that does not answer ends the run before the embedded index is built
            if (cluster.isPresent()) {
                ClusterAddress own = new ClusterAddress(cluster.get().hosts(),
                        collection.indexPrefix(cluster.get().indexPrefix()), cluster.get().access());
                FanwenSystem onCluster = FanwenSystem.open("fanwen-opensearch",
                        collection.indexFolder(work, "fanwen-opensearch-data"), Optional.of(own), collection);
                documents.add(onCluster);
                passages.add(onCluster);
            }
            long started = System.nanoTime();
            FanwenSystem fanwen = FanwenSystem.open("fanwen", collection.indexFolder(work, "fanwen-data"),
                    Optional.empty(), collection);
            documents.add(0, fanwen);
            passages.add(0, fanwen);
            double fanwenSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            for (LuceneBaseline.Kind kind : LuceneBaseline.Kind.values()) {
                documents.add(LuceneBaseline.open(kind, collection.indexFolder(work, kind.label), collection.docs()));
            }
            if (withPassages) {
                for (LuceneBaseline.Kind kind : List.of(LuceneBaseline.Kind.CJK, LuceneBaseline.Kind.SMARTCN)) {
                    passages.add(ParagraphBaseline.open(kind, collection.indexFolder(work, kind.label + "-paragraphs"),
                            collection.docs()));
                }
            }
            System.err.printf("indexes ready%s: fanwen %.1f s, baselines %.1f s%n",
                    collection.label().isEmpty() ? "" : " (" + collection.label() + ")", fanwenSeconds,
                    (System.nanoTime() - started) / 1e9);
            return systems;
        } catch (IOException | RuntimeException e) {
            systems.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        for (SearchSystem system : documents) {
            system.close();
        }
        for (PassageSystem system : passages) {
            if (!documents.contains(system)) {
                system.close();
            }
        }
    }
}
