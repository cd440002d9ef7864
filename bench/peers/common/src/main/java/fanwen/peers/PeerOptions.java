package fanwen.peers;

import java.nio.file.Path;

/**
 * The command line every peer takes: {@code --corpus DIR --laws DIR --work DIR --port N [--batch N]
 * [--clients N]}.
 *
 * @param corpus  the bundled corpus folder (its {@code reports/} are loaded)
 * @param laws    the unpacked laws folder
 * @param work    a folder the peer may wipe and fill (its home, data and logs)
 * @param port    the HTTP port to serve on, on 127.0.0.1
 * @param batch   documents per bulk request
 * @param clients bulk requests in flight at once
 */
public record PeerOptions(Path corpus, Path laws, Path work, int port, int batch, int clients) {

    public static PeerOptions parse(String[] args) {
        Path corpus = null;
        Path laws = null;
        Path work = null;
        int port = 0;
        int batch = 200;
        int clients = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(value);
                case "--laws" -> laws = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (corpus == null || laws == null || work == null || port <= 0) {
            throw new IllegalArgumentException("usage: --corpus DIR --laws DIR --work DIR --port N [--batch N] [--clients N]");
        }
        return new PeerOptions(corpus, laws, work, port, batch, clients);
    }
}
