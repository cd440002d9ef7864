package fanwen.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fanwen's own command line ({@code server/target/fanwen.jar}) on one data folder, each command a separate
 * process: the engine runs on its own Lucene, which cannot share a class path with OpenSearch's.
 */
final class FanwenCli {

    /** A document line of {@code fanwen search}: {@code 1. TITLE  [TYPE YEAR]  SOURCE  id=ID}. */
    private static final Pattern HIT = Pattern.compile("^\\d+\\. .*\\]  (.+)  id=[0-9a-f]+$");
    private static final Pattern TOTAL = Pattern.compile("^(\\d+) 篇文档 documents");

    private final Path jar;
    private final Path data;

    FanwenCli(Path jar, Path data) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build the server first (mvn -pl server -am package)");
        }
        this.jar = jar;
        this.data = data;
    }

    void index(Path folder) {
        run("index", "--data", data.toString(), folder.toString());
    }

    /** The file names of the documents {@code fanwen search QUERY} finds, in rank order. */
    List<String> search(String query) {
        String out = run("search", "--data", data.toString(), "--size", "100", query);
        List<String> sources = new ArrayList<>();
        int total = -1;
        for (String line : out.lines().toList()) {
            Matcher hit = HIT.matcher(line);
            Matcher count = TOTAL.matcher(line);
            if (hit.matches()) {
                sources.add(Path.of(hit.group(1)).getFileName().toString());
            } else if (count.find()) {
                total = Integer.parseInt(count.group(1));
            }
        }
        if (total != sources.size()) {
            throw new IllegalStateException("expected " + total + " hits in the output of fanwen search:\n" + out);
        }
        return sources;
    }

    /** {@code fanwen analyze --mode MODE --file F...}: each file's tokens. */
    Map<Path, List<Token>> analyze(String mode, List<Path> files) {
        List<String> args = new ArrayList<>(List.of("analyze", "--data", data.toString(), "--mode", mode));
        files.forEach(file -> args.addAll(List.of("--file", file.toString())));
        Map<Path, List<Token>> tokens = new LinkedHashMap<>();
        List<Token> current = null;
        for (String line : run(args.toArray(String[]::new)).lines().toList()) {
            if (line.startsWith("==> ") && line.endsWith(" <==")) {
                current = new ArrayList<>();
                tokens.put(Path.of(line.substring(4, line.length() - 4)), current);
            } else {
                String[] f = line.split("\t");
                current.add(new Token(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
            }
        }
        return tokens;
    }

    private String run(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar", jar.toString()));
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("fanwen-cli", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("fanwen " + String.join(" ", args) + " failed:\n" + out + Files.readString(err));
            }
            Files.delete(err);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
