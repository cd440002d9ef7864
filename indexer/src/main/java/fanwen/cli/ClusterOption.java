package fanwen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Option;

import fanwen.model.ClusterAddress;

/** The {@code --opensearch URL[,URL…]} and {@code --opensearch-prefix P} options: the library on a cluster. */
public final class ClusterOption {

    @Option(names = "--opensearch", paramLabel = "URL", split = ",",
            description = "keep the library's index on this OpenSearch 3.x cluster with the analysis-hanlp plugin "
                    + "(addresses of some of its nodes, comma-separated) instead of the data folder")
    List<String> urls = new ArrayList<>();

    @Option(names = "--opensearch-prefix", paramLabel = "P",
            description = "prefix of the library's index names on the cluster (default: "
                    + ClusterAddress.DEFAULT_PREFIX + ")")
    String prefix = ClusterAddress.DEFAULT_PREFIX;

    /** The cluster given, if any. */
    public Optional<ClusterAddress> address() {
        return urls.isEmpty() ? Optional.empty() : Optional.of(ClusterAddress.of(urls, prefix));
    }
}
