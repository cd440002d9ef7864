package fanwen.bench.relevance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The systems under test over one collection, opened (indexing what is not indexed yet) and closed together:
 * Fanwen and the three document baselines; with passages, also the cjk and smartcn paragraph baselines (Fanwen
 * answers both). Each index lives in its own folder of the collection ({@link Collection#indexFolder}).
 */
record Systems(List<SearchSystem> documents, List<PassageSystem> passages) implements AutoCloseable {

    static Systems open(Collection collection, Path work, boolean withPassages) throws IOException {
        List<SearchSystem> documents = new ArrayList<>();
        List<PassageSystem> passages = new ArrayList<>();
        Systems systems = new Systems(documents, passages);
        try {
            long started = System.nanoTime();
            FanwenSystem fanwen = FanwenSystem.open(collection.indexFolder(work, "fanwen-data"), collection);
            documents.add(fanwen);
            passages.add(fanwen);
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
