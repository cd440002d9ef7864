package fanwen.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * How the server is run: where it listens, who may write, which web origins may read, and its limits.
 *
 * @param host            address to listen on (default 127.0.0.1)
 * @param port            port to listen on; 0 picks a free one
 * @param apiKey          when present, writes need {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}
 * @param corsOrigins     origins allowed to read the API from a browser ({@code *} for any)
 * @param allowOpenWrites accept writes without a key on a non-loopback address
 * @param limits          upload size, rate, page size, ...
 */
public record ServerConfig(String host, int port, Optional<String> apiKey, List<String> corsOrigins,
                           boolean allowOpenWrites, ServerLimits limits) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        apiKey = apiKey.filter(k -> !k.isBlank());
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Loopback only, port {@code port}, no key, no CORS, default limits. */
    public static ServerConfig local(int port) {
        return new ServerConfig(DEFAULT_HOST, port, Optional.empty(), List.of(), false, ServerLimits.defaults());
    }

    public ServerConfig withApiKey(String key) {
        return new ServerConfig(host, port, Optional.of(key), corsOrigins, allowOpenWrites, limits);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, apiKey, origins, allowOpenWrites, limits);
    }

    public ServerConfig withLimits(ServerLimits newLimits) {
        return new ServerConfig(host, port, apiKey, corsOrigins, allowOpenWrites, newLimits);
    }

    /**
     * Refuses a configuration that would let anyone on the network write: a non-loopback address without
     * an API key, unless {@code allowOpenWrites}.
     *
     * @throws IllegalArgumentException with a message saying what to do
     */
    public void validate() {
        if (apiKey.isEmpty() && !allowOpenWrites && !isLoopback(host)) {
            throw new IllegalArgumentException("refusing to listen on " + host + " without an API key: anyone on the"
                    + " network could upload and delete. Give --api-key KEY, or --allow-open-writes, or --host "
                    + DEFAULT_HOST);
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
