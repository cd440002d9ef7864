package fanwen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import fanwen.model.ClusterAddress;

/**
 * The {@code --opensearch URL[,URL…]} option with the prefix, credentials and certificates of {@link
 * ClusterAccessOption}: the library on a cluster.
 */
public final class ClusterOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--opensearch", paramLabel = "URL", split = ",",
            description = "keep the library's index on this OpenSearch 3.x cluster with the analysis-hanlp plugin "
                    + "(addresses of some of its nodes, comma-separated: requests go round them, and to another when "
                    + "one does not answer) instead of the data folder")
    List<String> urls = new ArrayList<>();

    @Mixin
    ClusterAccessOption access;

    /** The cluster given, if any. */
    public Optional<ClusterAddress> address() {
        return urls.isEmpty() ? Optional.empty() : Optional.of(access.at(urls, command.commandLine().getErr()));
    }
}
