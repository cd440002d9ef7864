package fanwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.Progress;

/**
 * Changes the vocabulary and waits until the documents holding the changed words are analysed again — the engine
 * does it in the background, and a command must not end before — showing how far it got on a terminal.
 */
final class ReanalysisProgress {

    private static final long POLL_MILLIS = 100;

    private ReanalysisProgress() {
    }

    /** A change of the vocabulary through an engine open for writing. */
    @FunctionalInterface
    interface VocabularyChange {
        void apply(Engine engine) throws Exception;
    }

    /**
     * Opens the library of {@code folder} for writing (an outdated index rebuilt first), applies {@code change} and
     * waits for the documents it has analysed again.
     */
    static void change(DataFolder folder, PrintWriter err, VocabularyChange change) throws Exception {
        try (Engine engine = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            OutdatedIndex.rebuild(engine, err);
            long before = engine.documentsReanalysed();
            change.apply(engine);
            await(engine, err, before);
        }
    }

    /** Waits for the analysis of the documents a change made after {@code before} analyses had been done. */
    private static void await(Engine engine, PrintWriter err, long before) throws IOException, InterruptedException {
        boolean terminal = Terminal.isInteractive();
        for (Optional<Progress> progress; (progress = engine.health().reanalysing()).isPresent(); ) {
            if (terminal) {
                err.printf("\r正在重新分析含有新词的文档 reanalysing: %d/%d ", progress.get().done(),
                        progress.get().total());
                err.flush();
            }
            Thread.sleep(POLL_MILLIS);
        }
        if (terminal) {
            err.println();
        }
        long total = engine.documentsReanalysed() - before;
        if (total > 0) {
            err.println("已重新分析 reanalysed: " + total + " documents");
            err.flush();
        }
    }
}
