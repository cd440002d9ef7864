package fanwen.peers.opensearch;

import java.util.List;
import java.util.Map;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * An OpenSearch node with what a distribution plus {@code bin/opensearch-plugin install analysis-smartcn}
 * gives it, loaded from the class path: the HTTP transport, the common analysis module and smartcn.
 */
final class PeerNode extends Node {

    PeerNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "peer"),
                List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, AnalysisSmartChinesePlugin.class), true);
    }
}
