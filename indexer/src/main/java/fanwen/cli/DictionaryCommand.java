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

/**
 * {@code fanwen dictionary [list | add TERM... | remove TERM...]}: the user dictionary, a term per line; a change
 * takes effect at once, and the command waits until the documents holding the terms are analysed again.
 */
@Command(name = "dictionary", description = "List, add or remove terms of the user dictionary (2-32 Han characters each).")
public final class DictionaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "list|add|remove", defaultValue = "list",
            description = "list (default), add or remove")
    VocabularyAction action;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "TERM")
    List<String> terms = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (action == VocabularyAction.LIST) {
            try (Engine engine = Engine.openReadOnly(data.folder())) {
                engine.dictionaryTerms().forEach(out::println);
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (terms.isEmpty()) {
            spec.commandLine().getErr().println("错误: 请给出要" + (action == VocabularyAction.ADD ? "添加" : "删除")
                    + "的词条 (give the terms)");
            return ExitCodes.USAGE;
        }
        ReanalysisProgress.change(data.folder(), spec.commandLine().getErr(), engine -> {
            List<String> stored = action == VocabularyAction.ADD ? engine.addDictionaryTerms(terms)
                    : engine.removeDictionaryTerms(terms);
            out.println("用户词典共 " + stored.size() + " 个词条 (terms in the user dictionary)");
            out.flush();
        });
        return ExitCodes.OK;
    }
}
