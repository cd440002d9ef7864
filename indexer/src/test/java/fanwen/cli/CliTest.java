package fanwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: index, search, stats, delete, analyze, and exit codes. */
class CliTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = FanwenCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void indexThenSearchPrintsHighlightedHits() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "挂职锻炼工作总结\n一、基本情况\n今年我到乡镇挂职锻炼，收获很大。\n");
        String data = temp.resolve("data").toString();
        Run index = run("index", "--data", data, in.toString());
        assertEquals(ExitCodes.OK, index.exitCode(), index.err());
        assertTrue(index.out().contains("indexed: 1"), index.out());

        Run search = run("search", "--data", data, "挂职锻炼");
        assertEquals(ExitCodes.OK, search.exitCode(), search.err());
        assertTrue(search.out().contains("【挂职锻炼】"), search.out());

        Run passages = run("search", "--data", data, "--passages", "收获");
        assertTrue(passages.out().contains("一、基本情况"), passages.out());

        Run stats = run("stats", "--data", data);
        assertTrue(stats.out().contains("documents:   1"), stats.out());
    }

    @Test
    void suggestPrintsCompletionsOfPinyinOnePerLine() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "挂职锻炼工作总结\n一、基本情况\n今年我到乡镇挂职锻炼，收获很大。\n");
        String data = temp.resolve("data").toString();
        run("index", "--data", data, in.toString());

        Run suggest = run("suggest", "--data", data, "--size", "5", "guazhi");
        assertEquals(ExitCodes.OK, suggest.exitCode(), suggest.err());
        assertTrue(suggest.out().lines().anyMatch(line -> line.startsWith("挂职锻炼") && line.endsWith("keyword")),
                suggest.out());
        assertTrue(suggest.out().lines().anyMatch(line -> line.startsWith("挂职锻炼工作总结") && line.endsWith("title")),
                suggest.out());
    }

    @Test
    void aFailedFileMakesTheExitCodeNonZero() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("ok.txt"), "一份正常的工作总结。");
        Files.writeString(in.resolve("empty.txt"), "");
        Run index = run("index", "--data", temp.resolve("data").toString(), in.toString());
        assertEquals(ExitCodes.FAILURE, index.exitCode());
        assertTrue(index.out().contains("empty.txt"), index.out());
    }

    @Test
    void searchingAFolderWithoutAnIndexSaysHowToMakeOne() {
        Run search = run("search", "--data", temp.resolve("nothing").toString(), "挂职");
        assertEquals(ExitCodes.FAILURE, search.exitCode());
        assertTrue(search.err().contains("fanwen index"), search.err());
    }

    @Test
    void deletingAnUnknownIdFails() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("ok.txt"), "一份正常的工作总结。");
        String data = temp.resolve("data").toString();
        run("index", "--data", data, in.toString());
        Run delete = run("delete", "--data", data, "0123456789abcdef");
        assertEquals(ExitCodes.FAILURE, delete.exitCode());
    }

    @Test
    void analyzePrintsOneTokenPerLineWithOffsetsAndTheDataFoldersUserTerms() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("dict"));
        Files.writeString(data.resolve("dict").resolve("user.txt"), "白鹭巡察岗\n");
        Path file = temp.resolve("a.txt");
        Files.writeString(file, "设立白鹭巡察岗");

        Run text = run("analyze", "--data", data.toString(), "--mode", "query", "设立白鹭巡察岗");
        assertEquals(ExitCodes.OK, text.exitCode(), text.err());
        assertEquals(List.of("设立\t0\t2\t0\t<WORD>", "白鹭巡察岗\t2\t7\t1\t<WORD>"), text.out().lines().toList());

        Run files = run("analyze", "--data", data.toString(), "--file", file.toString(), "--file", file.toString());
        assertEquals("==> " + file + " <==", files.out().lines().findFirst().orElseThrow());
        assertEquals(2, files.out().lines().filter(line -> line.startsWith("==> ")).count());

        assertEquals(CommandLine.ExitCode.USAGE, run("analyze").exitCode());
    }
}
