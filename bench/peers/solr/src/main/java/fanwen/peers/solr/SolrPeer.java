package fanwen.peers.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

import fanwen.peers.BulkLoader;
import fanwen.peers.IngestReport;
import fanwen.peers.PeerCorpus;
import fanwen.peers.PeerDocument;
import fanwen.peers.PeerOptions;
import fanwen.peers.Serving;

/**
 * Solr with smartcn as a user runs it for the load benchmark: a standalone node on an embedded Jetty
 * ({@link JettySolrRunner}) on 127.0.0.1, one core {@code peer} (see {@code solr-home/peer/conf/}), the
 * corpus sent over HTTP in batches with SolrJ and committed once; then it serves
 * {@code /solr/peer/select?q=…} until stopped.
 */
public final class SolrPeer {

    private static final String CORE = "peer";
    private static final List<String> HOME_FILES = List.of("solr.xml", "peer/core.properties",
            "peer/conf/solrconfig.xml", "peer/conf/managed-schema.xml");

    private SolrPeer() {
    }

    public static void main(String[] args) throws Exception {
        PeerOptions options = PeerOptions.parse(args);
        List<PeerDocument> docs = PeerCorpus.load(options.corpus(), options.laws());
        Path home = freshHome(options.work().resolve("solr-home"));
        System.setProperty("host", "127.0.0.1"); // JettySolrRunner binds to this address
        System.setProperty("solr.log.dir", options.work().resolve("logs").toString());
        JettySolrRunner solr = new JettySolrRunner(home.toString(),
                JettyConfig.builder().setPort(options.port()).setContext("/solr").stopAtShutdown(false).build());
        solr.start();
        try (Http2SolrClient client = new Http2SolrClient.Builder(solr.getBaseUrl().toString()).build()) {
            long started = System.nanoTime();
            BulkLoader.load(docs, options.batch(), options.clients(),
                    batch -> client.add(CORE, toSolr(batch)), () -> client.commit(CORE));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println(IngestReport.of("solr", docs, seconds, home.resolve(CORE).resolve("data/index")).line());
        } catch (Exception e) {
            solr.stop();
            throw e;
        }
        Serving.untilStopped(options.port(), solr::stop);
    }

    private static List<SolrInputDocument> toSolr(List<PeerDocument> batch) {
        List<SolrInputDocument> out = new ArrayList<>(batch.size());
        for (PeerDocument d : batch) {
            SolrInputDocument doc = new SolrInputDocument();
            doc.addField("id", d.id());
            doc.addField("title", d.title());
            doc.addField("body", d.body());
            out.add(doc);
        }
        return out;
    }

    /** Empties {@code home} and writes the node's configuration into it. */
    private static Path freshHome(Path home) throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> walk = Files.walk(home)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String name : HOME_FILES) {
            Path target = home.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = SolrPeer.class.getResourceAsStream("/solr-home/" + name)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return home;
    }
}
