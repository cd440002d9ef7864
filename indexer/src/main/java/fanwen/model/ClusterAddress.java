package fanwen.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a library on an OpenSearch cluster lives: the addresses of some of its nodes and the prefix of the library's
 * index names (several libraries may share a cluster).
 */
public record ClusterAddress(List<URI> hosts, String indexPrefix) {

    /** The index prefix when none is given. */
    public static final String DEFAULT_PREFIX = "fanwen";

    public ClusterAddress {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("an OpenSearch cluster needs at least one address");
        }
    }

    /** The cluster at {@code urls} ({@code http[s]://host:port}, any number), with index names under {@code prefix}. */
    public static ClusterAddress of(List<String> urls, String prefix) {
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
            hosts.add(uri);
        }
        return new ClusterAddress(hosts, prefix == null ? DEFAULT_PREFIX : prefix);
    }
}
