package fanwen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import fanwen.engine.Engine;
import fanwen.model.CheckMatch;
import fanwen.model.CheckReport;
import fanwen.model.CopiedSpan;
import fanwen.model.UnreadableFile;

/**
 * {@code fanwen check FILE|-}: the duplicate check (查重) of a draft. Prints the draft with its copied spans
 * marked and numbered by source, then the sources with their shares and the overall share.
 */
@Command(name = "check", description = "Check a draft (a file in any ingest format, or - for UTF-8 text on"
        + " standard input) for text copied from the library.")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    ClusterOption cluster;

    @Parameters(paramLabel = "FILE|-", description = "the draft")
    String draft;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!draft.equals("-") && !Files.isRegularFile(Path.of(draft))) {
            err.println("文件不存在 no such file: " + draft);
            return ExitCodes.FAILURE;
        }
        try (Engine engine = Engine.openReadOnly(data.folder(), cluster.address())) {
            OutdatedIndex.warn(engine, spec.commandLine().getErr());
            String text;
            try {
                text = readDraft(engine);
            } catch (UnreadableFile e) {
                err.println(draft + ": " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            if (text.length() > CheckReport.MAX_DRAFT_CHARS) {
                err.println("草稿过长: " + text.length() + " 字符, 上限 " + CheckReport.MAX_DRAFT_CHARS);
                return ExitCodes.FAILURE;
            }
            print(engine.check(text), out, TerminalStyle.forStdout());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String readDraft(Engine engine) throws IOException, UnreadableFile {
        if (draft.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Path.of(draft);
        try (InputStream in = Files.newInputStream(file)) {
            return engine.extractDraft(in, file.getFileName().toString(), Files.size(file));
        }
    }

    static void print(CheckReport report, PrintWriter out, TerminalStyle style) {
        List<CheckMatch> matches = report.matches();
        record Marked(CopiedSpan span, int source) {
        }
        List<Marked> marks = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            for (CopiedSpan span : matches.get(i).spans()) {
                marks.add(new Marked(span, i + 1));
            }
        }
        marks.sort(Comparator.comparingInt(m -> m.span().draftStart()));
        String text = report.text();
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (Marked m : marks) {
            marked.append(text, at, m.span().draftStart())
                    .append(style.copied(text.substring(m.span().draftStart(), m.span().draftEnd())))
                    .append(style.dim("[" + m.source() + "]"));
            at = m.span().draftEnd();
        }
        marked.append(text.substring(at));
        out.println(marked.toString().stripTrailing());
        out.println();
        for (int i = 0; i < matches.size(); i++) {
            CheckMatch m = matches.get(i);
            out.printf(Locale.ROOT, "[%d] %5.1f%%  %s  %s  %s%n", i + 1, 100 * m.ratio(), style.bold(m.title()),
                    style.dim(m.source()), style.dim(m.passageId()));
        }
        out.printf(Locale.ROOT, "%s %.1f%% (%d sources)%n", style.bold("copied:"), 100 * report.ratio(), matches.size());
    }
}
