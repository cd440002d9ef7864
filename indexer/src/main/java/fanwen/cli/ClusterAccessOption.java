package fanwen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Option;

import fanwen.model.ClusterAccess;
import fanwen.model.ClusterAddress;

/**
 * How to reach a cluster, whatever the option naming its addresses is called ({@code --opensearch}, {@code migrate
 * --to}): the prefix of the library's index names, the user and the file of its password, the certificates to trust,
 * the replicas of the library's indexes.
 * A password is never an option's value — it would show in the process list and the shell's history.
 */
public final class ClusterAccessOption {

    /** The environment variable holding the password when no file is given. */
    static final String PASSWORD_VARIABLE = "FANWEN_OPENSEARCH_PASSWORD";

    @Option(names = "--opensearch-prefix", paramLabel = "P",
            description = "prefix of the library's index names on the cluster (default: "
                    + ClusterAddress.DEFAULT_PREFIX + ")")
    String prefix = ClusterAddress.DEFAULT_PREFIX;

    @Option(names = "--opensearch-replicas", paramLabel = "N",
            description = "replicas of each of the library's indexes, set when it is opened (default: one when the "
                    + "cluster has a second node, none on one node)")
    Integer replicas;

    @Option(names = "--opensearch-user", paramLabel = "U",
            description = "the cluster's user (HTTP basic authentication); its password from "
                    + "--opensearch-password-file or the environment variable " + PASSWORD_VARIABLE)
    String user;

    @Option(names = "--opensearch-password-file", paramLabel = "FILE",
            description = "a file whose first line is the password of --opensearch-user")
    Path passwordFile;

    @Option(names = "--opensearch-ca", paramLabel = "FILE",
            description = "PEM file of the certificate authority to trust for https addresses (default: the JVM's)")
    Path certificateAuthority;

    @Option(names = "--opensearch-insecure",
            description = "trust any certificate and host name on https addresses: for trials only, anyone in "
                    + "between can read and change what is sent")
    boolean insecure;

    /**
     * The cluster at {@code urls} with these settings; warns on {@code err} when it trusts any certificate or would send
     * a password unencrypted.
     */
    ClusterAddress at(List<String> urls, PrintWriter err) {
        if (insecure) {
            err.println("警告 warning: --opensearch-insecure trusts any certificate of the cluster — the connection "
                    + "is encrypted but not authenticated; use --opensearch-ca FILE outside trials");
            err.flush();
        }
        if (user != null && urls.stream().anyMatch(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("http:"))) {
            err.println("警告 warning: the password of --opensearch-user " + user + " goes unencrypted to every "
                    + "http:// address; give the cluster https:// addresses");
            err.flush();
        }
        Optional<String> password = user == null ? Optional.empty() : Optional.of(password());
        if (user == null && passwordFile != null) {
            throw new IllegalArgumentException("--opensearch-password-file needs --opensearch-user");
        }
        ClusterAddress address = ClusterAddress.of(urls, prefix, new ClusterAccess(Optional.ofNullable(user), password,
                Optional.ofNullable(certificateAuthority), insecure));
        return replicas == null ? address : address.withReplicas(replicas);
    }

    private String password() {
        if (passwordFile == null) {
            String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
            if (fromEnvironment == null || fromEnvironment.isEmpty()) {
                throw new IllegalArgumentException("--opensearch-user " + user + " needs a password: "
                        + "--opensearch-password-file FILE or the environment variable " + PASSWORD_VARIABLE);
            }
            return fromEnvironment;
        }
        try {
            // the first line as written (a password may begin or end with a space); only a Windows line end goes
            return Files.readAllLines(passwordFile).stream().findFirst().map(p -> p.replaceAll("\r$", ""))
                    .filter(p -> !p.isEmpty())
                    .orElseThrow(() -> new IllegalArgumentException("the password file " + passwordFile
                            + " (--opensearch-password-file) is empty"));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + passwordFile
                    + " (--opensearch-password-file): " + e, e);
        }
    }
}
