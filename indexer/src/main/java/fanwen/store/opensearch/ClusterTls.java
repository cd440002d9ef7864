package fanwen.store.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;

import fanwen.model.ClusterAccess;

/**
 * The TLS of the connections to https addresses as {@link ClusterAccess} asks: the JVM's trusted certificates (none
 * of this), the certificates of a PEM file instead, or any certificate and host name.
 */
final class ClusterTls {

    private ClusterTls() {
    }

    /** The strategy for {@code access}; empty when the JVM's defaults do. */
    static Optional<TlsStrategy> strategy(ClusterAccess access) throws IOException {
        if (access.trustAnyCertificate()) {
            return Optional.of(ClientTlsStrategyBuilder.create().setSslContext(context(new TrustManager[] {new TrustAll()}))
                    .setHostnameVerifier(NoopHostnameVerifier.INSTANCE).buildAsync());
        }
        if (access.certificateAuthority().isPresent()) {
            return Optional.of(ClientTlsStrategyBuilder.create()
                    .setSslContext(context(trusting(access.certificateAuthority().get()))).buildAsync());
        }
        return Optional.empty();
    }

    /** Trust managers that trust the certificates of the PEM file {@code pem}, and no others. */
    private static TrustManager[] trusting(Path pem) throws IOException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new IOException("cannot read the certificate authority file " + pem + " (--opensearch-ca): " + e, e);
        } catch (GeneralSecurityException e) {
            throw new IOException("the certificate authority file " + pem + " (--opensearch-ca) is not a PEM "
                    + "certificate: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IOException("the certificate authority file " + pem + " (--opensearch-ca) holds no certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + n++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust the certificates of " + pem + ": " + e.getMessage(), e);
        }
    }

    private static SSLContext context(TrustManager[] trust) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** Trusts every certificate: {@code --opensearch-insecure}. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
