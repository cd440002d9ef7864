package fanwen.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where a library on an OpenSearch cluster lives and how to get in: the addresses of some of its nodes (requests go
 * round them, and to the next when one does not answer), the prefix of the library's index names (several libraries
 * may share a cluster), the credentials and certificates of {@link ClusterAccess}, and how many replicas the library's
 * indexes keep — none given: one when the cluster has a second node, none on one node ({@code auto_expand_replicas
 * 0-1}), so that a one-node cluster is green.
 */
public record ClusterAddress(List<URI> hosts, String indexPrefix, ClusterAccess access, OptionalInt replicas) {

    /** The index prefix when none is given. */
    public static final String DEFAULT_PREFIX = "fanwen";

    public ClusterAddress {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("an OpenSearch cluster needs at least one address");
        }
        if (replicas.isPresent() && replicas.getAsInt() < 0) {
            throw new IllegalArgumentException("the replicas of an index are 0 or more, not " + replicas.getAsInt());
        }
    }

    /** The cluster at {@code hosts} reached with {@code access}, the replicas as the cluster's nodes allow. */
    public ClusterAddress(List<URI> hosts, String indexPrefix, ClusterAccess access) {
        this(hosts, indexPrefix, access, OptionalInt.empty());
    }

    /** The cluster at {@code hosts}, open to anyone (no credentials, the JVM's trusted certificates). */
    public ClusterAddress(List<URI> hosts, String indexPrefix) {
        this(hosts, indexPrefix, ClusterAccess.NONE);
    }

    /**
     * The same library, its indexes keeping {@code count} replicas whatever the number of nodes: with one replica and
     * one of two nodes lost, the cluster is yellow (a copy missing) and goes on answering.
     */
    public ClusterAddress withReplicas(int count) {
        return new ClusterAddress(hosts, indexPrefix, access, OptionalInt.of(count));
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
