/**
 * A local OpenSearch node or cluster with the analysis-hanlp plugin, for development and tests: {@link
 * fanwen.opensearch.node.LocalCluster} (nodes in this JVM), {@link fanwen.opensearch.node.PluginInstaller}
 * (OpenSearch's own installer, in a child process) and {@link fanwen.opensearch.node.OpenSearchNode} (the main class
 * run in a JVM of its own by {@code scripts/opensearch-node} and by the engine's tests).
 *
 * <p>Runs on OpenSearch's Lucene: it must never import Fanwen's engine, analysis or plugin classes (the nodes load
 * the plugin from its zip).
 */
package fanwen.opensearch.node;
