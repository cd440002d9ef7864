package fanwen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.ExtractionLimits;

/** {@code fanwen delete ID...}: removes documents, their passages and their originals. */
@Command(name = "delete", description = "Delete documents by id.")
public final class DeleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Parameters(paramLabel = "ID", arity = "1..*")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int missing = 0;
        try (Engine engine = Engine.open(data.folder(), cluster.address(), ExtractionLimits.defaults(), 1)) {
            OutdatedIndex.rebuild(engine, spec.commandLine().getErr());
            for (String id : ids) {
                if (engine.delete(id)) {
                    out.println("已删除 deleted " + id);
                } else {
                    out.println("未找到 not found " + id);
                    missing++;
                }
            }
        }
        out.flush();
        return missing == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
