package fanwen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.BackupSummary;

/**
 * {@code fanwen backup --to DIR}: a consistent copy of the library (index as of its last commit, originals, edits,
 * user dictionaries), safe to take while {@code fanwen serve} runs and accepts uploads.
 */
@Command(name = "backup", description = "Copy the library to a new folder; safe while the server runs.")
public final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "new (or empty) folder for the copy")
    Path to;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BackupSummary summary = Engine.backup(data.folder(), to);
        out.printf("已备份 backed up %d documents (%d originals, %d metadata edits) to %s%n", summary.documents(),
                summary.originals(), summary.edits(), to.toAbsolutePath());
        out.flush();
        return ExitCodes.OK;
    }
}
