package fanwen.store.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The store's indexes in a cluster, named by a prefix so that several libraries can share one cluster: {@code
 * PREFIX-documents} (the documents with their nested passages, mapped as {@code documents-index.json} says) and
 * {@code PREFIX-state} (one document whose version counts the commits). Created on first use; before that, and on
 * every opening, the cluster is checked: the analysis-hanlp plugin on every node, of this release (it knows the
 * query {@link Dsl#documentScoring}), and a documents index written with this release's mapping version — anything
 * else is refused with what to do. Each index keeps one replica when the cluster has a second node
 * ({@code auto_expand_replicas 0-1}), or the number of replicas asked for, set at every opening that asks.
 */
final class StoreIndexes {

    /** The plugin that gives the cluster Fanwen's analysis. */
    static final String PLUGIN = "analysis-hanlp";
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,200}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String documents;
    private final String state;

    private StoreIndexes(String prefix) {
        this.documents = prefix + "-documents";
        this.state = prefix + "-state";
    }

    /**
     * Checks the cluster and creates the indexes of {@code prefix} that are missing, with {@code replicas} replicas if
     * given.
     */
    static StoreIndexes open(Cluster cluster, String prefix, OptionalInt replicas) throws IOException {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("an OpenSearch index prefix is lower-case letters, digits, '_', '-' "
                    + "and '.', starting with a letter or digit: not '" + prefix + "'");
        }
        requirePlugin(cluster);
        StoreIndexes indexes = new StoreIndexes(prefix);
        indexes.createIfMissing(cluster, indexes.documents, documentsIndex());
        indexes.requireMappingVersion(cluster);
        indexes.requireDocumentScoring(cluster);
        indexes.createIfMissing(cluster, indexes.state, stateIndex());
        if (replicas.isPresent()) {
            cluster.call("PUT", "/" + indexes.documents + "," + indexes.state + "/_settings", Cluster.json(Map.of(
                    "index", Map.of("auto_expand_replicas", false, "number_of_replicas", replicas.getAsInt()))));
        }
        return indexes;
    }

    /** The index of the documents and their passages. */
    String documents() {
        return documents;
    }

    /** The index of the commit counter. */
    String state() {
        return state;
    }

    private static void requirePlugin(Cluster cluster) throws IOException {
        List<String> without = new ArrayList<>();
        for (JsonNode node : cluster.get("/_nodes/plugins").path("nodes")) {
            boolean has = false;
            for (JsonNode plugin : node.path("plugins")) {
                has |= PLUGIN.equals(plugin.path("name").asText());
            }
            if (!has) {
                without.add(node.path("name").asText());
            }
        }
        if (!without.isEmpty()) {
            throw new ClusterRefusedException("the OpenSearch cluster at " + cluster.address() + " lacks the "
                    + PLUGIN + " plugin on node(s) " + without + ": Fanwen's analysis must run on every node. Install "
                    + "opensearch/plugin/target/analysis-hanlp-*.zip on each with bin/opensearch-plugin install and "
                    + "restart it (README, OpenSearch).");
        }
    }

    private void createIfMissing(Cluster cluster, String index, ObjectNode definition) throws IOException {
        if (cluster.exists(index)) {
            return;
        }
        try {
            cluster.call("PUT", "/" + index, definition);
        } catch (Cluster.ClusterException e) {
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            } // another Fanwen server created it meanwhile
        }
    }

    private void requireMappingVersion(Cluster cluster) throws IOException {
        JsonNode meta = cluster.get("/" + documents + "/_mapping").path(documents).path("mappings").path("_meta");
        JsonNode version = meta.path(Fields.META_VERSION);
        if (!version.isInt()) {
            throw new ClusterRefusedException("the index " + documents + " on " + cluster.address() + " was not "
                    + "written by Fanwen (its mapping has no " + Fields.META_VERSION + "): choose another index "
                    + "prefix, or delete the index.");
        }
        if (version.asInt() != Fields.MAPPING_VERSION) {
            throw new ClusterRefusedException("the index " + documents + " on " + cluster.address() + " has "
                    + "Fanwen's mapping version " + version.asInt() + ", this release reads version "
                    + Fields.MAPPING_VERSION + " only: index the library again from its originals into a new index "
                    + "prefix, or run the release that wrote it.");
        }
    }

    /** The plugin of this release: it has the query that scores documents as the embedded store does. */
    private void requireDocumentScoring(Cluster cluster) throws IOException {
        ObjectNode request = Dsl.object();
        request.set("query", Dsl.documentScoring(Dsl.matchAll()));
        boolean valid;
        try {
            valid = cluster.call("POST", "/" + documents + "/_validate/query", request).path("valid").asBoolean();
        } catch (Cluster.ClusterException e) {
            valid = false;
        }
        if (!valid) {
            throw new ClusterRefusedException("the " + PLUGIN + " plugin of the OpenSearch cluster at "
                    + cluster.address() + " is older than this release: it lacks the query that scores documents as "
                    + "Fanwen does. Install this release's opensearch/plugin/target/analysis-hanlp-*.zip on every node "
                    + "(bin/opensearch-plugin remove " + PLUGIN + ", then install) and restart them (README, OpenSearch).");
        }
    }

    private static ObjectNode documentsIndex() throws IOException {
        ObjectNode definition;
        try (InputStream in = StoreIndexes.class.getResourceAsStream("documents-index.json")) {
            definition = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) definition.path("mappings")).putObject("_meta").put(Fields.META_VERSION, Fields.MAPPING_VERSION);
        return definition;
    }

    private static ObjectNode stateIndex() {
        return (ObjectNode) Cluster.json(Map.of(
                "settings", Map.of("index", Map.of("number_of_shards", 1, "auto_expand_replicas", "0-1")),
                "mappings", Map.of("dynamic", "strict",
                        "properties", Map.of(Fields.COMMITTED_AT, Map.of("type", "date")))));
    }
}
