package fanwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

import fanwen.engine.Engine;
import fanwen.model.Progress;

/**
 * Waits, after a change of the vocabulary, until the documents holding the changed words are analysed again — the
 * engine does it in the background, and a command must not end before — and shows how far it got on a terminal.
 */
final class ReanalysisProgress {

    private static final long POLL_MILLIS = 100;

    private ReanalysisProgress() {
    }

    /** Waits for the analysis of the documents a change made after {@code before} analyses had been done. */
    static void await(Engine engine, PrintWriter err, long before) throws IOException, InterruptedException {
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
