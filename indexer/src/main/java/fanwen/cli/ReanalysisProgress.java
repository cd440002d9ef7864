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

    static void await(Engine engine, PrintWriter err) throws IOException, InterruptedException {
        boolean terminal = Terminal.isInteractive();
        int total = 0;
        for (Optional<Progress> progress; (progress = engine.health().reanalysing()).isPresent(); ) {
            total = Math.max(total, progress.get().total());
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
        if (total > 0) {
            err.println("已重新分析 reanalysed: " + total + " documents");
            err.flush();
        }
    }
}
