package fanwen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.DocumentHit;
import fanwen.model.Filters;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.model.Snippet;
import fanwen.model.SortOrder;

/**
 * {@code fanwen search QUERY}: ranked documents or passages with highlighted snippets; without a query, every
 * document the filters let through.
 */
@Command(name = "search", description = "Search documents (or passages with --passages).")
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "words, \"exact phrases\", -excluded, a 文号, type:讲话 year:2015..2020 unit:… issuer:…")
    List<String> query = new ArrayList<>();

    @Option(names = "--passages", description = "list passages instead of documents")
    boolean passages;

    @Option(names = "--type", description = "document type, e.g. 总结 (repeatable)")
    List<String> types = new ArrayList<>();

    @Option(names = "--year-from")
    Integer yearFrom;

    @Option(names = "--year-to")
    Integer yearTo;

    @Option(names = "--unit", description = "issuing unit (repeatable)")
    List<String> units = new ArrayList<>();

    @Option(names = "--tag", description = "tag (repeatable)")
    List<String> tags = new ArrayList<>();

    @Option(names = "--issuer", description = "issuing organ, 发文机关 (repeatable)")
    List<String> issuers = new ArrayList<>();

    @Option(names = "--sort", description = "relevance or date (default: ${DEFAULT-VALUE})")
    SortOrder sort = SortOrder.RELEVANCE;

    @Option(names = "--page", description = "page number (default: ${DEFAULT-VALUE})")
    int page = 1;

    @Option(names = "--size", description = "hits per page (default: ${DEFAULT-VALUE})")
    int size = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SearchQuery request = new SearchQuery(String.join(" ", query), new Filters(types,
                Optional.ofNullable(yearFrom), Optional.ofNullable(yearTo), units, tags, issuers), sort, page, size);
        TerminalStyle style = TerminalStyle.forStdout();
        try (Engine engine = Engine.openReadOnly(data.folder(), cluster.address())) {
            OutdatedIndex.warn(engine, spec.commandLine().getErr());
            if (passages) {
                printPassages(out, engine.searchPassages(request), style);
            } else {
                printDocuments(out, engine.searchDocuments(request), style);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printDocuments(PrintWriter out, SearchPage<DocumentHit> result, TerminalStyle style) {
        out.printf("%d 篇文档 documents (%d ms)%n%n", result.total(), result.tookMillis());
        int rank = (page - 1) * size;
        for (DocumentHit hit : result.hits()) {
            out.printf("%d. %s  [%s%s]  %s%n", ++rank, style.bold(hit.title()), hit.type(),
                    hit.year().map(y -> " " + y).orElse(""), style.dim(hit.source() + "  id=" + hit.id()));
            for (Snippet snippet : hit.snippets()) {
                out.println("   " + style.highlight(snippet));
            }
            out.println();
        }
    }

    private void printPassages(PrintWriter out, SearchPage<PassageHit> result, TerminalStyle style) {
        out.printf("%d 个段落 passages (%d ms)%n%n", result.total(), result.tookMillis());
        int rank = (page - 1) * size;
        for (PassageHit hit : result.hits()) {
            String path = hit.headingPath().isEmpty() ? "" : " › " + String.join(" › ", hit.headingPath());
            out.printf("%d. %s%s  %s%n", ++rank, style.bold(hit.title()), path,
                    style.dim("id=" + hit.passageId()));
            out.println("   " + style.highlight(hit.snippet()));
            out.println();
        }
    }
}
