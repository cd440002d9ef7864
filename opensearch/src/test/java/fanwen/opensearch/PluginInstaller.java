package fanwen.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * OpenSearch's own plugin installer ({@code bin/opensearch-plugin install}) run as a separate process with
 * the class path a distribution gives it, so that its checks (descriptor, versions, jar hell against
 * OpenSearch's jars) are the real ones.
 */
final class PluginInstaller {

    private PluginInstaller() {
    }

    /** Installs {@code zip} into the OpenSearch home {@code home}; returns the installer's output. */
    static String install(Path home, Path zip) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("plugin.cli.classpath"),
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
