package fanwen.cli;

import java.io.IOException;
import java.io.PrintWriter;

import fanwen.engine.Engine;
import fanwen.model.RebuildOutcome;

/**
 * What a command does with an index written by an older release: a command that writes rebuilds it from the
 * originals first; a command that only reads says that its answers come from the old index.
 */
final class OutdatedIndex {

    private OutdatedIndex() {
    }

    /** Rebuilds an outdated index before a writing command goes on; fails if it could not be rebuilt. */
    static void rebuild(Engine engine, PrintWriter err) throws IOException {
        if (!engine.indexOutdated()) {
            return;
        }
        err.println("索引由旧版本写成，正在从原件重建… (the index was written by an older release: rebuilding it)");
        err.flush();
        RebuildOutcome outcome = engine.rebuildIfOutdated();
        if (!outcome.switched()) {
            throw new IOException("索引重建失败，旧索引保持不变 (the index could not be rebuilt; the old one stays): "
                    + String.join("; ", outcome.failed()));
        }
        err.println("已重建 rebuilt: " + outcome.documents() + " documents");
    }

    /** Says that an outdated index answers a reading command. */
    static void warn(Engine engine, PrintWriter err) {
        if (engine.indexOutdated()) {
            err.println("注意：索引由旧版本写成，结果可能不完全准确；启动 fanwen serve 或运行 fanwen index 即可重建 "
                    + "(the index was written by an older release; fanwen serve or fanwen index rebuilds it)");
            err.flush();
        }
    }
}
