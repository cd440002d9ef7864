package fanwen.opensearch.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenSearch's own plugin installer ({@code bin/opensearch-plugin install}) run as a separate process with
 * the class path a distribution gives it, so that its checks (descriptor, versions, jar hell against
 * OpenSearch's jars) are the real ones.
 */
public final class PluginInstaller {

    private PluginInstaller() {
    }

    /** Makes {@code home} an OpenSearch home: its {@code config}, {@code plugins} and {@code modules} folders. */
    public static void prepareHome(Path home) throws IOException {
        for (String folder : List.of("config", "plugins", "modules")) {
            Files.createDirectories(home.resolve(folder));
        }
    }

    /**
     * Installs {@code zip} into the OpenSearch home {@code home} with the installer on {@code classPath} (OpenSearch's
     * jars and the installer's, none of the plugin's); returns the installer's output.
     */
    public static String install(Path home, Path zip, String classPath) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath,
                "-Dopensearch.path.home=" + home, "-Dopensearch.path.conf=" + home.resolve("config"),
                "org.opensearch.tools.cli.plugin.PluginCli", "install", "--batch", zip.toUri().toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("opensearch-plugin install failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
