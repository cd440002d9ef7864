package fanwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

import fanwen.engine.TestCorpus;
import fanwen.store.StoreKind;

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
    void termsAndSynonymsAreAddedListedAndRemovedAndASearchUsesThemAtOnce() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "关于启用星火督办台的通知\n一、总体要求\n各科室通过星火督办台报送进展，开展隐患排查。\n");
        String data = temp.resolve("data").toString();
        assertEquals(ExitCodes.OK, run("index", "--data", data, in.toString()).exitCode());
        try {
            Run add = run("dictionary", "--data", data, "add", "星火督办台", "河湖长制");
            assertEquals(ExitCodes.OK, add.exitCode(), add.err());
            assertTrue(add.out().contains("共 2 个词条"), add.out());
            assertTrue(add.err().contains("reanalysed: 1 documents"), add.err());
            assertEquals("星火督办台\n河湖长制\n", run("dictionary", "--data", data).out());
            Run search = run("search", "--data", data, "星火督办台");
            assertTrue(search.out().contains("【星火督办台】"), search.out());

            Run removed = run("dictionary", "--data", data, "remove", "河湖长制");
            assertEquals(ExitCodes.OK, removed.exitCode(), removed.err());
            assertEquals("星火督办台\n", run("dictionary", "--data", data, "list").out());

            Run bad = run("dictionary", "--data", data, "add", "5G基站");
            assertEquals(ExitCodes.FAILURE, bad.exitCode());
            assertTrue(bad.err().contains("只能由汉字组成"), bad.err());
            assertEquals(ExitCodes.USAGE, run("dictionary", "--data", data, "add").exitCode());

            Run synonyms = run("synonyms", "--data", data, "add", "摸底,排查");
            assertEquals(ExitCodes.OK, synonyms.exitCode(), synonyms.err());
            assertEquals("摸底\t排查\n", run("synonyms", "--data", data).out());
            assertTrue(run("search", "--data", data, "摸底").out().contains("a.txt"));
            assertEquals(ExitCodes.OK, run("synonyms", "--data", data, "remove", "摸底").exitCode());
            assertEquals("", run("synonyms", "--data", data, "list").out());
        } finally {
            fanwen.engine.Engine.loadDictionaries(new fanwen.model.DataFolder(temp.resolve("none")));
        }
    }

    @Test
    void officialFormatsAreFoundByAPhraseTheirDocNumberAndTheirIssuer() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String fixture : List.of("formats/ofd/tongzhi.ofd", "formats/wps/guazhi-as-xls.et",
                "formats/wps/huibao-as-ppt.dps", "formats/wps/zongjie-as-docx.wps", "gongwen/gw04.pdf")) {
            Path file = Path.of(CliTest.class.getResource("/" + fixture).toURI());
            Files.copy(file, in.resolve(file.getFileName()));
        }
        String data = temp.resolve("data").toString();
        Run index = run("index", "--data", data, in.toString());
        assertEquals(ExitCodes.OK, index.exitCode(), index.out() + index.err());
        assertTrue(index.out().contains("indexed: 5"), index.out());

        assertFirstHit("tongzhi.ofd", data, "\"加强下派挂职干部管理\"");
        assertFirstHit("guazhi-as-xls.et", data, "欧阳振华");
        assertFirstHit("huibao-as-ppt.dps", data, "\"挂职锻炼工作汇报\"");
        assertFirstHit("zongjie-as-docx.wps", data, "\"2023年度挂职锻炼工作总结\"");
        assertFirstHit("gw04.pdf", data, "长府发[2018]26号");
        Run byIssuer = run("search", "--data", data, "--issuer", "长春市人民政府");
        assertTrue(byIssuer.out().startsWith("1 篇文档") && byIssuer.out().contains("gw04.pdf"), byIssuer.out() + byIssuer.err());
    }

    /** The first hit {@code fanwen search} prints for {@code query} is the file {@code source}. */
    private static void assertFirstHit(String source, String data, String query) {
        Run search = run("search", "--data", data, query);
        String first = search.out().lines().filter(line -> line.startsWith("1. ")).findFirst().orElse("");
        assertTrue(first.contains(source), query + " → " + search.out() + search.err());
    }

    @Test
    void onAFolderOfThePreviousReleaseSearchSaysSoAndBackupRestoreAndIndexWork() throws Exception {
        Path data = TestCorpus.previousRelease(temp.resolve("old")).root();
        Run search = run("search", "--data", data.toString(), "挂职");
        assertEquals(ExitCodes.OK, search.exitCode(), search.err());
        assertTrue(search.err().contains("旧版本"), search.err());

        Path backup = temp.resolve("backup");
        Run backedUp = run("backup", "--data", data.toString(), "--to", backup.toString());
        assertEquals(ExitCodes.OK, backedUp.exitCode(), backedUp.err());
        assertTrue(backedUp.out().contains("3 documents (3 originals, 1 metadata edits)"), backedUp.out());
        Run restored = run("restore", backup.toString(), "--data", temp.resolve("restored").toString());
        assertEquals(ExitCodes.OK, restored.exitCode(), restored.err());

        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("new.txt"), "防汛工作总结\n一、主要做法\n今年汛期全面落实防汛责任。\n");
        Run index = run("index", "--data", temp.resolve("restored").toString(), in.toString());
        assertEquals(ExitCodes.OK, index.exitCode(), index.out() + index.err());
        assertTrue(index.err().contains("已重建 rebuilt: 3 documents"), index.err());
        Run again = run("search", "--data", temp.resolve("restored").toString(), "挂职");
        assertTrue(!again.err().contains("旧版本"), again.err());
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void suggestPrintsCompletionsOfPinyinOnePerLine(StoreKind kind) throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "挂职锻炼工作总结\n一、基本情况\n今年我到乡镇挂职锻炼，收获很大。\n");
        String data = temp.resolve("data").toString();
        List<String> library = new ArrayList<>(List.of("--data", data));
        kind.newCluster().ifPresent(cluster -> library.addAll(List.of("--opensearch", cluster.hosts().getFirst()
                .toString(), "--opensearch-prefix", cluster.indexPrefix())));
        Run index = run(with("index", library, in.toString()));
        assertEquals(ExitCodes.OK, index.exitCode(), index.err());

        Run suggest = run(with("suggest", library, "--size", "5", "guazhi"));
        assertEquals(ExitCodes.OK, suggest.exitCode(), suggest.err());
        assertTrue(suggest.out().lines().anyMatch(line -> line.startsWith("挂职锻炼") && line.endsWith("keyword")),
                suggest.out());
        assertTrue(suggest.out().lines().anyMatch(line -> line.startsWith("挂职锻炼工作总结") && line.endsWith("title")),
                suggest.out());
    }

    @Test
    void aClusterPasswordComesFromAFileNeverFromTheCommandLine() throws Exception {
        String data = temp.resolve("data").toString();
        Run unreadable = run("delete", "--data", data, "--opensearch", "http://127.0.0.1:9", "--opensearch-user",
                "fanwen", "--opensearch-password-file", temp.resolve("no-such-file").toString(), "someid");
        assertEquals(ExitCodes.FAILURE, unreadable.exitCode(), unreadable.err());
        assertTrue(unreadable.err().contains("cannot read the password file"), unreadable.err());
        Run onTheLine = run("delete", "--data", data, "--opensearch", "http://127.0.0.1:9", "--opensearch-password",
                "s3cret", "someid");
        assertTrue(onTheLine.exitCode() != ExitCodes.OK && onTheLine.err().contains("--opensearch-password"),
                onTheLine.err());
    }

    @Test
    void trustingAnyCertificateOfTheClusterIsWarnedOnTheTerminal() {
        Run insecure = run("delete", "--data", temp.resolve("data").toString(), "--opensearch", "https://127.0.0.1:9",
                "--opensearch-insecure", "someid");
        assertTrue(insecure.err().contains("--opensearch-insecure trusts any certificate"), insecure.err());
    }

    @Test
    void aPasswordThatWouldTravelUnencryptedIsWarnedAndOneInTheAddressRefused() throws Exception {
        String data = temp.resolve("data").toString();
        Path password = Files.writeString(temp.resolve("password"), " s3cret \n");
        Run plain = run("delete", "--data", data, "--opensearch", "http://127.0.0.1:9", "--opensearch-user", "fanwen",
                "--opensearch-password-file", password.toString(), "someid");
        assertTrue(plain.err().contains("goes unencrypted"), plain.err());
        Run inAddress = run("delete", "--data", data, "--opensearch", "https://fanwen:s3cret@127.0.0.1:9", "someid");
        assertEquals(ExitCodes.FAILURE, inAddress.exitCode(), inAddress.err());
        assertTrue(inAddress.err().contains("carries no user or password"), inAddress.err());
        assertFalse(inAddress.err().contains("s3cret"), "the password is not repeated: " + inAddress.err());
    }

    /** The arguments of {@code command} on {@code library} ({@code --data}, the cluster), then {@code more}. */
    private static String[] with(String command, List<String> library, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(library);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void checkMarksTheCopiedSentencesAndNamesTheSource() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        String copied = "我们坚持把干部挂职锻炼作为培养年轻干部的重要途径，认真落实各项管理制度，取得了明显成效。";
        Files.writeString(in.resolve("挂职总结.txt"), "挂职锻炼工作总结\n一、基本情况\n" + copied + "\n今年我到乡镇挂职锻炼，收获很大。\n");
        Files.writeString(in.resolve("安全方案.txt"), "安全生产工作方案\n一、目标\n全面排查各类安全隐患，确保全年不发生重大事故。\n");
        String data = temp.resolve("data").toString();
        run("index", "--data", data, in.toString());
        Path draft = temp.resolve("草稿.txt");
        String own = "这一段话是草稿作者自己新写的内容，资料库中并不存在。";
        Files.writeString(draft, own + copied + "\n");

        Run check = run("check", "--data", data, draft.toString());

        assertEquals(ExitCodes.OK, check.exitCode(), check.err());
        assertTrue(check.out().contains("【" + copied.substring(0, copied.length() - 1) + "】[1]"), check.out());
        assertTrue(check.out().contains(own + "【"), "the own sentence is not marked: " + check.out());
        assertTrue(check.out().lines().anyMatch(l -> l.startsWith("[1]") && l.contains("挂职锻炼工作总结")), check.out());
        assertTrue(check.out().contains("copied: 6"), check.out()); // 43 of 68 letters
        Run missing = run("check", "--data", data, temp.resolve("nope.txt").toString());
        assertEquals(ExitCodes.FAILURE, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void similarListsTheNearDuplicateFirstAndMarksIt() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        String body = "一、基本情况\n今年我到乡镇挂职锻炼，参与了招商引资、信访维稳和项目建设等工作，收获很大。"
                + "\n二、主要体会\n基层工作千头万绪，必须沉下身子，虚心向群众学习，才能把工作做实做细。\n";
        Files.writeString(in.resolve("a.txt"), "挂职锻炼工作总结\n" + body);
        Files.writeString(in.resolve("b.txt"), "挂职锻炼个人总结\n" + body + "三、下步打算\n继续努力。\n");
        Files.writeString(in.resolve("c.txt"), "安全生产工作方案\n一、目标\n全面排查各类安全隐患，确保全年不发生重大事故。\n");
        String data = temp.resolve("data").toString();
        Run index = run("index", "--data", data, in.toString());
        String idOfA = run("search", "--data", data, "挂职锻炼工作总结").out();
        assertEquals(ExitCodes.OK, index.exitCode(), index.err());
        java.util.regex.Matcher firstId = java.util.regex.Pattern.compile("id=([0-9a-f]{16})").matcher(idOfA);
        assertTrue(firstId.find(), idOfA);
        String id = firstId.group(1);

        Run similar = run("similar", "--data", data, id);

        assertEquals(ExitCodes.OK, similar.exitCode(), similar.err());
        String first = similar.out().lines().findFirst().orElseThrow();
        assertTrue(first.contains("近似重复") && first.contains("挂职锻炼"), similar.out());
        assertEquals(ExitCodes.FAILURE, run("similar", "--data", data, "0123456789abcdef").exitCode());
    }

    @Test
    void copiesOfAFileAreDuplicatesNamedWithTheFileTheyCopyAndIndexingAgainLeavesTheFileUnchanged()
            throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.md"), "# 挂职锻炼工作总结\n\n## 一、基本情况\n今年我到乡镇挂职锻炼，收获很大。\n");
        for (String copy : List.of("b.md", "c.md", "d.md")) {
            Files.copy(in.resolve("a.md"), in.resolve(copy));
        }
        String data = temp.resolve("data").toString();

        Run first = run("index", "--data", data, "--threads", "1", in.toString());

        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.out().contains("indexed: 1 ") && first.out().contains("unchanged: 0 ")
                && first.out().contains("duplicates: 3 "), first.out());
        for (String copy : List.of("b.md", "c.md", "d.md")) {
            assertTrue(first.out().lines().anyMatch(l -> l.matches("  重复 " + copy + " = a\\.md \\([0-9a-f]{16}\\)")),
                    first.out());
        }
        Run again = run("index", "--data", data, in.toString());
        assertTrue(again.out().contains("indexed: 0 ") && again.out().contains("unchanged: 1 ")
                && again.out().contains("duplicates: 3 "), again.out());
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
    void aDamagedDocxIsOneLineOnTheTerminalAndTheLibrariesStackTracesGoToTheLogFile() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.copy(Path.of(CliTest.class.getResource("/formats/truncated.docx").toURI()), in.resolve("damaged.docx"));
        Files.writeString(in.resolve("ok.txt"), "一份正常的工作总结。");
        Path data = temp.resolve("data");
        Path output = temp.resolve("terminal.txt");

        Process fanwen = new ProcessBuilder(javaCommand("index", "--data", data.toString(), in.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = fanwen.waitFor(2, TimeUnit.MINUTES);
        fanwen.destroyForcibly();
        String terminal = Files.readString(output, StandardCharsets.UTF_8);

        assertTrue(ended, terminal);
        assertEquals(ExitCodes.FAILURE, fanwen.exitValue(), terminal);
        List<String> aboutIt = terminal.lines().filter(l -> l.contains("damaged.docx")).toList();
        assertEquals(1, aboutIt.size(), terminal);
        assertTrue(aboutIt.get(0).endsWith("damaged.docx: 文件已损坏或格式不正确，无法读取。请用原软件（如 Word、WPS）打开并重新保存后再试。"),
                aboutIt.get(0));
        assertTrue(terminal.lines().noneMatch(l -> l.contains("Exception") || l.strip().startsWith("at ")), terminal);
        String log = Files.readString(data.resolve("logs/fanwen.log"));
        assertTrue(log.contains("Exception") && log.contains("\tat org.apache."), log);
        assertTrue(log.contains("not indexed: damaged.docx"), log);
        assertTrue(terminal.contains(data.resolve("logs/fanwen.log").toAbsolutePath().toString()), terminal);
    }

    /** The command line of a fresh JVM running the CLI with {@code args}, on this test's class path. */
    private static List<String> javaCommand(String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp", classpath,
                FanwenCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
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
