package fanwen.store.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

import fanwen.fingerprint.MinHashSignature;
import fanwen.index.AnalyzedDocument;
import fanwen.index.IndexableDocument;
import fanwen.model.ClusterAddress;
import fanwen.model.DocumentHit;
import fanwen.model.DocumentView;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.query.ParsedQuery;
import fanwen.store.BandCandidate;
import fanwen.store.ItemKind;
import fanwen.store.ItemSource;
import fanwen.store.LibraryStore;
import fanwen.store.ScoredId;
import fanwen.store.StoreCounts;
import fanwen.store.StoredDocument;
import fanwen.store.StoredPassage;
import fanwen.store.SuggestionSources;
import fanwen.store.Topical;

/**
 * The store on an OpenSearch cluster with the analysis-hanlp plugin on every node: one OpenSearch document per
 * Fanwen document with its passages and whole sections nested ({@link DocumentSource}), in indexes named by a
 * prefix ({@link StoreIndexes}).
 *
 * <p>Writes are durable when the cluster acknowledges them (its translog) and become visible at {@link #commit()},
 * a refresh: the documents index refreshes at nothing else, so every reader — this server or any other on the
 * same cluster — sees what the last commit of any of them made visible. Reads go through searches, not the real-time
 * get, so that they too reflect the last commit.
 *
 * <p>Everything the interface asks works. Searches follow the embedded store's ranking rules, translated into the
 * query DSL ({@link QueryTranslator}, {@link SearchPreferences}, {@link RankedSearch}); snippets are marked by the
 * cluster's highlighter ({@link HitReader}); facets are aggregations ({@link FacetAggregations}); similar items are
 * searched by their distinctive words and other versions by title key ({@link SimilarQueries}); near duplicates
 * (an upload's {@code near_duplicate_of}), the duplicate check's candidates and the sources of suggestions have
 * their own classes.
 *
 * <p>Where the ranking differs: documents are scored as in the embedded store (the plugin's {@code
 * fanwen_document_scoring} query), passages with the cluster's plain BM25 over the passages' own statistics; the
 * preferences reorder the documents fetched for a page (the best {@value fanwen.query.RankingRules#PREFERENCE_DEPTH}),
 * where the embedded store reorders its best passages, and a passage search sees at most {@value
 * RankedSearch#MAX_INNER_HITS} passages of one document.
 */
public final class OpenSearchStore implements LibraryStore {

    /** Fields a {@link StoredDocument} does not need: the texts and what only the view shows. */
    private static final List<String> NOT_FOR_STORED_DOCUMENT = List.of(Fields.BODY, Fields.PASSAGES,
            Fields.SIGNATURE_BAND, Fields.STORED + "." + Fields.OUTLINE, Fields.STORED + "." + Fields.SUMMARY,
            Fields.STORED + "." + Fields.SIGNATURE);

    private static final String PASSAGES_ONLY = "passages_only";

    private final Cluster cluster;
    private final StoreIndexes indexes;
    private final NearDuplicateCandidates nearDuplicates;
    private final CheckCandidates checkCandidates;
    private final WordHolders wordHolders;
    private final RankedSearch search;
    private final SimilarQueries similar;
    private final TouchedIds touched = new TouchedIds();

    private OpenSearchStore(Cluster cluster, StoreIndexes indexes) {
        this.cluster = cluster;
        this.indexes = indexes;
        this.nearDuplicates = new NearDuplicateCandidates(cluster, indexes.documents());
        this.checkCandidates = new CheckCandidates(cluster, indexes.documents());
        this.wordHolders = new WordHolders(cluster, indexes.documents());
        this.search = new RankedSearch(cluster, indexes.documents());
        this.similar = new SimilarQueries(cluster, indexes.documents());
    }

    /**
     * Connects to the cluster at {@code hosts}, checks it and creates the indexes of {@code prefix} on first use.
     *
     * @throws ClusterRefusedException when the cluster lacks the plugin on a node or holds indexes of that prefix
     *                                 written with another mapping version
     */
    public static OpenSearchStore open(List<URI> hosts, String prefix) throws IOException {
        return open(new ClusterAddress(hosts, prefix));
    }

    /**
     * Connects to the cluster at {@code address} with its credentials and certificates, checks it and creates the
     * indexes of its prefix on first use.
     *
     * @throws ClusterRefusedException when the cluster lacks the plugin on a node or holds indexes of that prefix
     *                                 written with another mapping version
     */
    public static OpenSearchStore open(ClusterAddress address) throws IOException {
        Cluster cluster = Cluster.connect(address.hosts(), address.access());
        String prefix = address.indexPrefix();
        try {
            return new OpenSearchStore(cluster, StoreIndexes.open(cluster, prefix, address.replicas()));
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** The mapping version this release writes. */
    public static int currentVersion() {
        return Fields.MAPPING_VERSION;
    }

    private OpenSearchClient client() {
        return cluster.client();
    }

    // ---- what it is

    @Override
    public int version() {
        return Fields.MAPPING_VERSION; // another version was refused at opening
    }

    @Override
    public boolean outdated() {
        return false;
    }

    @Override
    public StoreCounts counts() throws IOException {
        // the nested entries that are passages: whole sections are not counted
        SearchResponse<Void> answer = client().search(s -> s.index(indexes.documents()).size(0)
                .trackTotalHits(t -> t.enabled(true))
                .aggregations(Fields.PASSAGES, a -> a.nested(n -> n.path(Fields.PASSAGES))
                        .aggregations(PASSAGES_ONLY, only -> only.filter(f -> f.bool(b -> b.mustNot(m -> m.term(
                                t -> t.field(Fields.PASSAGES + "." + Fields.KIND)
                                        .value(FieldValue.of(Fields.KIND_SECTION)))))))), Void.class);
        long passages = answer.aggregations().get(Fields.PASSAGES).nested().aggregations().get(PASSAGES_ONLY)
                .filter().docCount();
        return new StoreCounts(Math.toIntExact(answer.hits().total().value()), Math.toIntExact(passages));
    }

    @Override
    public long sizeOnDisk() {
        try {
            return cluster.get("/" + indexes.documents() + "/_stats/store").path("_all").path("total").path("store")
                    .path("size_in_bytes").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Instant> lastCommit() {
        try {
            return lastCommitDocument().map(d -> Instant.parse(d.source().path(Fields.COMMITTED_AT).asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the state index's commit document: every commit of every server writes it again. */
    @Override
    public long changeVersion() throws IOException {
        return lastCommitDocument().map(GetResponse::version).orElse(0L);
    }

    private Optional<GetResponse<ObjectNode>> lastCommitDocument() throws IOException {
        GetResponse<ObjectNode> got = client().get(g -> g.index(indexes.state()).id(Fields.COMMIT_DOC),
                ObjectNode.class);
        return got.found() ? Optional.of(got) : Optional.empty();
    }

    // ---- writing

    /** One index operation: OpenSearch writes the document and its nested passages as one Lucene block. */
    @Override
    public void put(IndexableDocument document, AnalyzedDocument analyzed) throws IOException {
        ObjectNode source = DocumentSource.of(document);
        client().index(i -> i.index(indexes.documents()).id(document.id()).document(source));
        touched.note(document.id());
    }

    @Override
    public boolean delete(String id) throws IOException {
        boolean existed = findOne(byId(id), List.of(Fields.BODY, Fields.PASSAGES, Fields.STORED)).isPresent();
        client().delete(d -> d.index(indexes.documents()).id(id));
        touched.note(id);
        return existed;
    }

    /** Makes every acknowledged write visible to every reader, then counts the commit. */
    @Override
    public void commit() throws IOException {
        client().indices().refresh(r -> r.index(indexes.documents()));
        ObjectNode commit = (ObjectNode) Cluster.json(Map.of(Fields.COMMITTED_AT, Instant.now().toString()));
        client().index(i -> i.index(indexes.state()).id(Fields.COMMIT_DOC).document(commit));
    }

    @Override
    public void trackTouched() {
        touched.start();
    }

    @Override
    public Set<String> takeTouched(boolean stop) {
        return touched.take(stop);
    }

    // ---- reading one document

    @Override
    public Optional<StoredDocument> document(String id) throws IOException {
        return findOne(byId(id), NOT_FOR_STORED_DOCUMENT).map(DocumentSource::storedDocument);
    }

    @Override
    public List<StoredDocument> allDocuments() throws IOException {
        List<StoredDocument> all = new ArrayList<>();
        DocumentPages.each(cluster, indexes.documents(), List.of(), NOT_FOR_STORED_DOCUMENT,
                source -> all.add(DocumentSource.storedDocument(source)));
        return all;
    }

    @Override
    public Optional<DocumentView> view(String id) throws IOException {
        return findOne(byId(id), List.of(Fields.PASSAGES, Fields.SIGNATURE_BAND)).map(DocumentSource::view);
    }

    @Override
    public List<String> documentsHolding(Collection<String> words) throws IOException {
        return wordHolders.find(words);
    }

    @Override
    public Optional<String> idByOrigin(String origin) throws IOException {
        return findId(term(Fields.ORIGIN, origin));
    }

    @Override
    public Optional<String> idByTextHash(String textHash) throws IOException {
        return findId(term(Fields.TEXT_HASH, textHash));
    }

    private Optional<String> findId(Query query) throws IOException {
        SearchResponse<Void> answer = client().search(s -> s.index(indexes.documents()).size(1).query(query)
                .source(c -> c.fetch(false)), Void.class);
        return answer.hits().hits().stream().findFirst().map(Hit::id);
    }

    /** The source of the first document {@code query} finds, without the fields {@code excludes}. */
    private Optional<ObjectNode> findOne(Query query, List<String> excludes) throws IOException {
        SearchResponse<ObjectNode> answer = client().search(s -> s.index(indexes.documents()).size(1).query(query)
                .source(c -> c.filter(f -> f.excludes(excludes))), ObjectNode.class);
        return answer.hits().hits().stream().findFirst().map(Hit::source);
    }

    private static Query byId(String id) {
        return Query.of(q -> q.ids(i -> i.values(id)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    // ---- searching

    @Override
    public SearchPage<DocumentHit> searchDocuments(ParsedQuery parsed, SearchQuery request) throws IOException {
        return search.documents(parsed, request);
    }

    @Override
    public SearchPage<PassageHit> searchPassages(ParsedQuery parsed, SearchQuery request) throws IOException {
        return search.passages(parsed, request);
    }

    @Override
    public Map<Facet, List<FacetCount>> facets(ParsedQuery parsed, SearchQuery request) throws IOException {
        return search.facets(parsed, request);
    }

    // ---- candidates for the engine's own rules

    @Override
    public Optional<ItemSource> source(ItemKind kind, String id) throws IOException {
        return nearDuplicates.source(kind, id);
    }

    @Override
    public String text(ItemKind kind, String id) throws IOException {
        return nearDuplicates.text(kind, id);
    }

    @Override
    public List<BandCandidate> sharingBands(ItemKind kind, String excludeId, List<MinHashSignature.Band> bands, int max)
            throws IOException {
        return nearDuplicates.sharingBands(kind, excludeId, bands, max);
    }

    @Override
    public List<List<StoredPassage>> bigramCandidates(List<String> sentences, int perSentence) throws IOException {
        return checkCandidates.of(sentences, perSentence);
    }

    // ---- ranked candidates

    @Override
    public List<String> sameTitle(String title, String excludeId, int max) throws IOException {
        return similar.sameTitle(title, excludeId, max);
    }

    @Override
    public Topical topical(ItemKind kind, String id, String text, int size, Set<String> alsoScore)
            throws IOException {
        return similar.topical(kind, id, text, size, alsoScore);
    }

    @Override
    public List<DocumentHit> documentHits(List<ScoredId> ids, Topical topical) throws IOException {
        return similar.documentHits(ids, topical);
    }

    @Override
    public List<PassageHit> passageHits(List<ScoredId> ids, Topical topical) throws IOException {
        return similar.passageHits(ids, topical);
    }

    @Override
    public SuggestionSources suggestionSources(List<String> terms) throws IOException {
        return SuggestionSourceQueries.read(cluster, indexes.documents(), changeVersion(), terms);
    }

    @Override
    public void close() throws IOException {
        cluster.close();
    }
}
