package fanwen.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.SynonymGroup;

/**
 * {@code fanwen synonyms [list | add "A,B,C"... | remove WORD...]}: the user's synonyms, a group per line with its
 * words apart by tabs; {@code add} takes a group per argument, {@code remove} takes words out of every group. A
 * change takes effect at once; the command waits until the documents holding new words are analysed again.
 */
@Command(name = "synonyms", description = "List, add or remove the user's synonyms: add \"河长制,河湖长制\" adds a group.")
public final class SynonymsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "list|add|remove", defaultValue = "list",
            description = "list (default), add GROUP... (words apart by commas) or remove WORD...")
    VocabularyAction action;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "GROUP|WORD")
    List<String> arguments = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (action == VocabularyAction.LIST) {
            try (Engine engine = Engine.openReadOnly(data.folder())) {
                engine.synonyms().forEach(group -> out.println(String.join("\t", group.words())));
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (arguments.isEmpty()) {
            spec.commandLine().getErr().println("错误: 请给出要" + (action == VocabularyAction.ADD ? "添加的同义词组，如 \"河长制,河湖长制\""
                    : "删除的词") + " (give the groups or words)");
            return ExitCodes.USAGE;
        }
        ReanalysisProgress.change(data.folder(), spec.commandLine().getErr(), engine -> {
            List<SynonymGroup> stored = List.of();
            if (action == VocabularyAction.ADD) {
                for (String group : arguments) {
                    stored = engine.addSynonyms(new SynonymGroup(Arrays.stream(group.split("[,，、\\s]+"))
                            .filter(word -> !word.isEmpty()).toList()));
                }
            } else {
                stored = engine.removeSynonyms(arguments);
            }
            out.println("同义词共 " + stored.size() + " 组 (groups of synonyms)");
            out.flush();
        });
        return ExitCodes.OK;
    }
}
