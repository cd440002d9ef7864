package fanwen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.BackupSummary;

/** {@code fanwen restore DIR --data NEW}: brings a backup back as the library of a new data folder. */
@Command(name = "restore", description = "Restore a backup into a new data folder (--data).")
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DIR", description = "a folder written by fanwen backup")
    Path backup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BackupSummary summary = Engine.restore(backup, data.folder());
        out.printf("已恢复 restored %d documents (%d metadata edits) into %s%n", summary.documents(), summary.edits(),
                data.folder().root().toAbsolutePath());
        out.flush();
        return ExitCodes.OK;
    }
}
