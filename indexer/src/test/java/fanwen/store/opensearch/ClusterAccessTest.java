package fanwen.store.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.model.ClusterAccess;
import fanwen.model.ClusterAddress;
import fanwen.store.TestDocuments;

/** How Fanwen reaches a cluster: several addresses, credentials, the certificates it trusts. */
class ClusterAccessTest {

    private static final String KEY_PASSWORD = "changeit";

    @TempDir
    Path temp;

    @Test
    void aStoreWhoseFirstAddressIsDeadWritesAndReadsThroughTheNextOne() throws IOException {
        URI dead = URI.create("http://127.0.0.1:" + unusedPort());
        TestDocuments.Made plan = TestDocuments.of("plan0000000001", "plan.txt", "实施方案\n\n一、总体要求\n挂职锻炼。\n");
        ClusterAddress address = new ClusterAddress(List.of(dead, LocalOpenSearch.url()),
                "access-" + ProcessHandle.current().pid());
        try (OpenSearchStore store = OpenSearchStore.open(address)) {
            for (int i = 0; i < 5; i++) { // requests go round the addresses: each meets the dead one in turn
                plan.putInto(store);
                store.commit();
                assertEquals("plan.txt", store.document(plan.id()).orElseThrow().source());
            }
            assertEquals(1, store.counts().documents());
        }
    }

    @Test
    void theUserAndPasswordGoWithEveryRequestAsBasicAuthentication() throws IOException {
        ClusterAccess access = new ClusterAccess(Optional.of("fanwen"), Optional.of("s3cret密码"), Optional.empty(),
                false);
        try (RecordingServer server = RecordingServer.http();
             Cluster cluster = Cluster.connect(List.of(server.url()), access)) {
            cluster.get("/");
            cluster.get("/_nodes/plugins");
            String expected = "Basic " + Base64.getEncoder().encodeToString("fanwen:s3cret密码"
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of(expected, expected), server.authorizations());
        }
    }

    @Test
    void withoutAUserNoCredentialsAreSent() throws IOException {
        try (RecordingServer server = RecordingServer.http();
             Cluster cluster = Cluster.connect(List.of(server.url()), ClusterAccess.NONE)) {
            cluster.get("/");
            assertEquals(List.of(""), server.authorizations());
        }
    }

    @Test
    void anHttpsClusterIsReachedWhenItsCertificateAuthorityIsGivenAndRefusedOtherwise() throws Exception {
        Path keyStore = temp.resolve("node.p12");
        Path certificate = temp.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", KEY_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", keyStore.toString(), "-storepass", KEY_PASSWORD,
                "-file", certificate.toString());
        try (RecordingServer server = RecordingServer.https(keyStore, KEY_PASSWORD)) {
            try (Cluster trusting = Cluster.connect(List.of(server.url()), new ClusterAccess(Optional.empty(),
                    Optional.empty(), Optional.of(certificate), false))) {
                assertEquals("{}", trusting.get("/").toString());
            }
            try (Cluster insecure = Cluster.connect(List.of(server.url()), new ClusterAccess(Optional.empty(),
                    Optional.empty(), Optional.empty(), true))) {
                assertEquals("{}", insecure.get("/").toString());
            }
            try (Cluster jvmDefaults = Cluster.connect(List.of(server.url()), ClusterAccess.NONE)) {
                assertThrows(IOException.class, () -> jvmDefaults.get("/"));
            }
            assertEquals(2, server.authorizations().size(), "the refused connection sent no request");
        }
    }

    @Test
    void aCertificateAuthorityFileThatCannotBeReadIsAClearError() throws IOException {
        Path missing = temp.resolve("missing-ca.pem");
        IOException unreadable = assertThrows(IOException.class, () -> Cluster.connect(List.of(LocalOpenSearch.url()),
                new ClusterAccess(Optional.empty(), Optional.empty(), Optional.of(missing), false)));
        assertTrue(unreadable.getMessage().contains("cannot read the certificate authority file " + missing
                + " (--opensearch-ca)"), unreadable.getMessage());

        Path notPem = Files.writeString(temp.resolve("ca.pem"), "not a certificate\n");
        IOException garbled = assertThrows(IOException.class, () -> Cluster.connect(List.of(LocalOpenSearch.url()),
                new ClusterAccess(Optional.empty(), Optional.empty(), Optional.of(notPem), false)));
        assertTrue(garbled.getMessage().contains(notPem + " (--opensearch-ca)"), garbled.getMessage());
    }

    @Test
    void aUserWithoutAPasswordIsRefusedAndThePasswordNeverPrinted() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ClusterAccess(
                Optional.of("fanwen"), Optional.empty(), Optional.empty(), false));
        assertTrue(refused.getMessage().contains("--opensearch-password-file"), refused.getMessage());
        String shown = new ClusterAccess(Optional.of("fanwen"), Optional.of("s3cret"), Optional.empty(), false)
                .toString();
        assertTrue(shown.contains("fanwen") && !shown.contains("s3cret"), shown);
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "keytool failed: " + out);
    }
}
