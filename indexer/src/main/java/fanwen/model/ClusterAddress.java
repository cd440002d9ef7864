package fanwen.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a library on an OpenSearch cluster lives and how to get in: the addresses of some of its nodes (requests go
 * round them, and to the next when one does not answer), the prefix of the library's index names (several libraries
 * may share a cluster), and the credentials and certificates of {@link ClusterAccess}.
 */
public record ClusterAddress(List<URI> hosts, String indexPrefix, ClusterAccess access) {

    /** The index prefix when none is given. */
    public static final String DEFAULT_PREFIX = "fanwen";

    public ClusterAddress {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("an OpenSearch cluster needs at least one address");
        }
    }

    /** The cluster at {@code hosts}, open to anyone (no credentials, the JVM's trusted certificates). */
    public ClusterAddress(List<URI> hosts, String indexPrefix) {
        this(hosts, indexPrefix, ClusterAccess.NONE);
    }

    /** The cluster at {@code urls} ({@code http[s]://host:port}, any number), with index names under {@code prefix}. */
    public static ClusterAddress of(List<String> urls, String prefix) {
        return of(urls, prefix, ClusterAccess.NONE);
    }

    /** The cluster at {@code urls}, with index names under {@code prefix}, reached with {@code access}. */
    public static ClusterAddress of(List<String> urls, String prefix, ClusterAccess access) {
        List<URI> hosts = new ArrayList<>();
        for (String url : urls) {
            URI uri;
            try {
                uri = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not an OpenSearch address: " + url, e);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("an OpenSearch address is http://host:port or https://host:port, "
                        + "not " + url);
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("an OpenSearch address carries no user or password (they would "
                        + "show in logs): give them with --opensearch-user and --opensearch-password-file, not in "
                        + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
            }
            hosts.add(uri);
        }
        return new ClusterAddress(hosts, prefix == null ? DEFAULT_PREFIX : prefix, access);
    }
}
