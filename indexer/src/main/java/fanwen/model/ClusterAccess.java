package fanwen.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How Fanwen proves who it is to an OpenSearch cluster and which certificates it trusts on its https addresses: a user
 * and password (HTTP basic authentication, sent with every request), the certificate authority to trust besides the
 * JVM's own ones, or — for tests and trials only — any certificate at all.
 *
 * @param user                 the user, if the cluster asks for one
 * @param password             the user's password; present exactly when the user is
 * @param certificateAuthority a PEM file of the certificate(s) to trust for https addresses
 * @param trustAnyCertificate  trust every certificate and host name: no protection against a man in the middle
 */
public record ClusterAccess(Optional<String> user, Optional<String> password, Optional<Path> certificateAuthority,
                            boolean trustAnyCertificate) {

    /** No credentials, the JVM's trusted certificates. */
    public static final ClusterAccess NONE = new ClusterAccess(Optional.empty(), Optional.empty(), Optional.empty(),
            false);

    public ClusterAccess {
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(user.isPresent()
                    ? "the OpenSearch user " + user.get() + " needs a password: --opensearch-password-file FILE or "
                    + "the environment variable FANWEN_OPENSEARCH_PASSWORD"
                    : "an OpenSearch password needs a user: --opensearch-user U");
        }
        if (certificateAuthority.isPresent() && trustAnyCertificate) {
            throw new IllegalArgumentException("give either a certificate authority to trust (--opensearch-ca) or "
                    + "trust any certificate (--opensearch-insecure), not both");
        }
    }

    /** Never the password: this may be logged. */
    @Override
    public String toString() {
        return "ClusterAccess[user=" + user.orElse("none") + ", password=" + (password.isPresent() ? "***" : "none")
                + ", certificateAuthority=" + certificateAuthority.map(Path::toString).orElse("JVM default")
                + (trustAnyCertificate ? ", trusting any certificate" : "") + "]";
    }
}
