package fanwen.store.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.model.DocumentHit;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.PassageHit;
import fanwen.model.SearchPage;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;
import fanwen.query.ParsedQuery;
import fanwen.query.RankingRules;
import fanwen.store.opensearch.QueryTranslator.Mode;
import fanwen.store.opensearch.QueryTranslator.Target;

/**
 * Answers searches over documents and over passages on the cluster, with the embedded store's rules ({@link
 * RankingRules}): documents with all the words first, and when too few have them all, those with some of them — more of
 * the words first — with the total and facets of that wider list; the genre's preferences over the best hits ({@link
 * SearchPreferences}); passages a few of one document per round of the list. A first request ranks (ids, scores,
 * named clauses matched, counts and facets), a second reads the page's hits ({@link HitReader}).
 *
 * <p>Passages are nested in their documents: a passage search asks for documents by their best passage ({@code
 * nested}, {@code score_mode max}) with their matching passages as inner hits, and ranks those passages. The best
 * {@code n} passages are always among the inner hits of the best {@code n} documents, so the list is the embedded
 * store's as long as a document's matching passages fit in {@value #MAX_INNER_HITS} inner hits. The passages (and whole
 * sections) whose own heading holds every word, and a remembered fragment's holders, are fetched apart too, by a
 * request of their own, when the first did not hold every match: the embedded store searches them apart, so that its
 * rule reaches them however many texts rank above them. The documents index has one shard ({@code
 * documents-index.json}), so term statistics are those of the whole library without {@code dfs_query_then_fetch};
 * documents are scored as the embedded store scores them ({@link Dsl#documentScoring}).
 */
final class RankedSearch {

    /** The cluster's default limit of inner hits per document ({@code index.max_inner_result_window}). */
    static final int MAX_INNER_HITS = 100;
    /** The cluster's default limit of hits one request may reach ({@code index.max_result_window}). */
    static final int MAX_RESULT_WINDOW = 10_000;

    private final Cluster cluster;
    private final String index;
    private final HitReader reader;

    RankedSearch(Cluster cluster, String index) {
        this.cluster = cluster;
        this.index = index;
        this.reader = new HitReader(cluster, index);
    }

    SearchPage<DocumentHit> documents(ParsedQuery parsed, SearchQuery request) throws IOException {
        long started = System.nanoTime();
        int wanted = request.page() * request.size();
        Page page = pageOf(parsed, request, Target.DOCUMENTS, wanted);
        List<HitReader.Wanted> shown = slice(page.hits, request).stream()
                .map(hit -> new HitReader.Wanted(hit.docId(), null, hit.score())).toList();
        List<DocumentHit> hits = reader.documents(shown, QueryTranslator.ranking(parsed, Target.PASSAGES));
        return new SearchPage<>(page.total, millisSince(started), hits, page.facets);
    }

    SearchPage<PassageHit> passages(ParsedQuery parsed, SearchQuery request) throws IOException {
        long started = System.nanoTime();
        int wanted = request.page() * request.size();
        // a list in date order stays in date order; one by relevance shows a few passages of each document per round
        boolean fewPerDocument = request.sort() == SortOrder.RELEVANCE;
        Page page = pageOf(parsed, request, Target.PASSAGES,
                fewPerDocument ? wanted * RankingRules.PASSAGE_DEPTH : wanted);
        List<Ranked> all = fewPerDocument ? fewPerDocument(page.hits, wanted) : page.hits;
        List<HitReader.Wanted> shown = slice(all, request).stream()
                .map(hit -> new HitReader.Wanted(hit.docId(), hit.passageId(), hit.score())).toList();
        List<PassageHit> hits = reader.passages(shown, QueryTranslator.ranking(parsed, Target.PASSAGES),
                QueryTranslator.ranking(parsed, Target.DOCUMENTS));
        return new SearchPage<>(page.total, millisSince(started), hits, page.facets);
    }

    /** The facet counts over every document the query matches, as {@link #documents} reports them. */
    Map<Facet, List<FacetCount>> facets(ParsedQuery parsed, SearchQuery request) throws IOException {
        return pageOf(parsed, request, Target.DOCUMENTS, 0).facets;
    }

    /** What the ranking request found: the best hits, the total and the facets, and the mode that found them. */
    private record Page(Mode mode, long total, List<Ranked> hits, Map<Facet, List<FacetCount>> facets) {
    }

    /** The page {@link #choose} picks, each facet the search filters counted as if it did not. */
    private Page pageOf(ParsedQuery parsed, SearchQuery request, Target target, int wanted) throws IOException {
        Page page = choose(parsed, request, target, wanted);
        Map<Facet, List<FacetCount>> facets = new LinkedHashMap<>(page.facets);
        for (Facet facet : page.facets.keySet()) {
            if (parsed.filters().restricts(facet) || request.filters().restricts(facet)) {
                // with type 讲话 chosen, 总结 still shows what choosing it instead would find
                Page lifted = run(parsed.without(facet), request.withFilters(request.filters().without(facet)),
                        target, page.mode, 0);
                facets.put(facet, lifted.facets.get(facet));
            }
        }
        return new Page(page.mode, page.total, page.hits, facets);
    }

    /**
     * Documents with all the words first; a query of several words that finds fewer than {@value
     * RankingRules#FILL_BELOW} goes on with the hits of some of them, more of the words first among the best {@value
     * RankingRules#COVERAGE_DEPTH}; the total and
     * facets are those of the wider list (see the embedded store's {@code Searcher.choose}).
     */
    private Page choose(ParsedQuery parsed, SearchQuery request, Target target, int wanted) throws IOException {
        Page all = run(parsed, request, target, Mode.ALL_WORDS, wanted);
        if (!QueryTranslator.canWiden(parsed) || all.total >= RankingRules.FILL_BELOW) {
            return all;
        }
        boolean byRelevance = request.sort() == SortOrder.RELEVANCE;
        if (byRelevance && all.hits.size() >= wanted) {
            Page counted = run(parsed, request, target, Mode.ANY_WORD, 0);
            return new Page(counted.mode, counted.total, all.hits, counted.facets);
        }
        int depth = byRelevance ? Math.max(wanted, RankingRules.COVERAGE_DEPTH) + all.hits.size() : wanted;
        Page any = run(parsed, request, target, Mode.ANY_WORD, depth);
        if (!byRelevance) {
            return any;
        }
        Set<String> first = new HashSet<>();
        List<Ranked> merged = new ArrayList<>(all.hits);
        all.hits.forEach(hit -> first.add(hit.key()));
        List<Ranked> some = any.hits.stream().filter(hit -> !first.contains(hit.key())).toList();
        for (Ranked hit : moreWordsFirst(some)) {
            if (merged.size() >= wanted) {
                break;
            }
            merged.add(hit);
        }
        return new Page(any.mode, any.total, merged, any.facets);
    }

    /** {@code hits}, the first {@value RankingRules#COVERAGE_DEPTH} ordered by how many of the words each has. */
    private static List<Ranked> moreWordsFirst(List<Ranked> hits) {
        int reordered = Math.min(RankingRules.COVERAGE_DEPTH, hits.size());
        List<Ranked> out = new ArrayList<>(hits.subList(0, reordered));
        out.sort(Comparator.comparingInt(Ranked::words).reversed());
        out.addAll(hits.subList(reordered, hits.size()));
        return out;
    }

    /**
     * One ranking request in one mode: the total and the facets over every match, and the best {@code wanted} hits
     * (none when none are wanted), by relevance the best {@value RankingRules#PREFERENCE_DEPTH} reordered by the
     * preferences.
     */
    private Page run(ParsedQuery parsed, SearchQuery request, Target target, Mode mode, int wanted)
            throws IOException {
        boolean byRelevance = request.sort() == SortOrder.RELEVANCE;
        Optional<FragmentHolders> fragment = byRelevance && wanted > 0
                ? FragmentHolders.of(parsed, target) : Optional.empty();
        SearchPreferences preferences = new SearchPreferences(parsed, target, fragment.map(FragmentHolders::query));
        boolean prefer = byRelevance && wanted > 0 && preferences.any();
        int depth = prefer ? Math.max(wanted, RankingRules.PREFERENCE_DEPTH) : wanted;
        ObjectNode text = QueryTranslator.text(parsed, target, mode);
        List<ObjectNode> preferred = prefer ? preferences.clauses() : List.of();
        int innerHits = depth > 0 ? Math.min(wanted, MAX_INNER_HITS) : 0;
        ObjectNode body = request(query(parsed, request, target, text, preferred, innerHits, Optional.empty()),
                request, depth);
        boolean passages = target == Target.PASSAGES;
        ObjectNode aggregations = FacetAggregations.of(passages ? text : null);
        fragment.ifPresent(holders -> holders.count(aggregations, target));
        body.set("aggs", aggregations);
        JsonNode answer = cluster.call("POST", "/" + index + "/_search", body);
        boolean remembered = fragment.isPresent() && fragment.get().remembered(answer.path("aggregations"));
        if (fragment.isPresent() && !remembered) {
            // too many texts hold the run: its clause, scoring nothing, only told which hits hold it (a query
            // of several words has preferences either way, so as many hits were fetched as without it)
            preferences = new SearchPreferences(parsed, target, Optional.empty());
        }

        List<Ranked> hits = ranked(answer.path("hits").path("hits"), passages);
        // the holders of a remembered fragment first, and the hits of a sought preference, also those ranked below
        // the hits fetched (or below the passages fetched of their document): the embedded store searches them apart
        List<ObjectNode> apart = new ArrayList<>();
        if (remembered) {
            apart.add(fragment.get().query());
        }
        if (prefer) {
            apart.addAll(preferences.sought());
        }
        if (!fetchedAll(answer, depth, innerHits, passages)) {
            for (ObjectNode only : apart) {
                ObjectNode matching = request(query(parsed, request, target, text, preferred, innerHits,
                        Optional.of(only)), request, depth);
                matching.put("track_total_hits", false);
                hits = union(hits, ranked(cluster.call("POST", "/" + index + "/_search", matching)
                        .path("hits").path("hits"), passages));
            }
        }
        if (prefer) {
            hits = preferences.order(hits);
        }
        hits = hits.subList(0, Math.min(wanted, hits.size()));
        JsonNode counts = answer.path("aggregations");
        long total = passages ? FacetAggregations.passageTotal(counts)
                : answer.path("hits").path("total").path("value").asLong();
        return new Page(mode, total, hits, FacetAggregations.read(counts, passages));
    }

    /**
     * The query of a ranking request: the text, with the 文号 clause and the preferences, the filters; over passages, the
     * documents by their best passage with up to {@code innerHits} of their passages; {@code only}, when given, the texts
     * that must match it too.
     */
    private static ObjectNode query(ParsedQuery parsed, SearchQuery request, Target target, ObjectNode text,
                                    List<ObjectNode> preferred, int innerHits, Optional<ObjectNode> only) {
        Dsl.Bool top = new Dsl.Bool();
        if (target == Target.DOCUMENTS) {
            top.must(QueryTranslator.docNumber(parsed)
                    .map(number -> new Dsl.Bool().should(number).should(text).build()).orElse(text));
            preferred.forEach(top::should);
            only.ifPresent(top::filter);
        } else {
            Dsl.Bool passage = new Dsl.Bool().must(text);
            preferred.forEach(passage::should);
            only.ifPresent(passage::filter);
            ObjectNode nested = Dsl.nested(passage.build());
            if (innerHits > 0) {
                ObjectNode inner = ((ObjectNode) nested.get("nested")).putObject("inner_hits");
                inner.put("size", innerHits).put("_source", false);
                inner.putArray("docvalue_fields").add(Fields.PASSAGES + "." + Fields.ID);
            }
            top.must(nested);
        }
        QueryTranslator.filters(parsed, request).forEach(top::filter);
        return target == Target.DOCUMENTS ? Dsl.documentScoring(top.build()) : top.build();
    }

    /** A ranking request for {@code query}'s best {@code depth} hits, their scores and types, in the order asked. */
    private static ObjectNode request(ObjectNode query, SearchQuery request, int depth) {
        ObjectNode body = Dsl.object();
        body.set("query", query);
        // a page beyond the cluster's window is empty, as a page beyond the last hit is
        body.put("size", Math.min(depth, MAX_RESULT_WINDOW)).put("track_total_hits", true);
        // the id and type from doc values: a hit's stored fields are read with its whole source, which costs
        // more than the search itself (bench/RESULTS.md, issue 19)
        body.put("_source", false).put("stored_fields", "_none_");
        body.putArray("docvalue_fields").add(Fields.ID).add(Fields.TYPE);
        if (request.sort() == SortOrder.DATE) {
            body.putArray("sort").addObject().putObject(Fields.DATE).put("order", "desc").put("missing", "_last");
            body.withArray("sort").add("_score");
            body.put("track_scores", true);
        }
        return body;
    }

    /**
     * Whether an answer holds every match: fewer documents than {@code depth}, and over passages each with all its
     * matching passages among its {@code innerHits} — then nothing is left to seek apart.
     */
    private static boolean fetchedAll(JsonNode answer, int depth, int innerHits, boolean passages) {
        JsonNode hits = answer.path("hits").path("hits");
        if (hits.size() >= Math.min(depth, MAX_RESULT_WINDOW)) {
            return false;
        }
        for (JsonNode hit : hits) {
            if (passages && hit.path("inner_hits").path(Fields.PASSAGES).path("hits").path("total").path("value")
                    .asLong() > innerHits) {
                return false;
            }
        }
        return true;
    }

    /** {@code hits} with those of {@code more} they lack (their order is set by the preferences). */
    private static List<Ranked> union(List<Ranked> hits, List<Ranked> more) {
        Set<String> fetched = new HashSet<>();
        hits.forEach(hit -> fetched.add(hit.key()));
        List<Ranked> all = new ArrayList<>(hits);
        more.stream().filter(hit -> !fetched.contains(hit.key())).forEach(all::add);
        return all;
    }

    /** The hits of an answer in its order: documents, or the passages of each document (inner hits) by score. */
    private static List<Ranked> ranked(JsonNode hits, boolean passages) {
        List<Ranked> ranked = new ArrayList<>();
        for (JsonNode hit : hits) {
            String docId = hit.path("fields").path(Fields.ID).path(0).asText();
            String type = hit.path("fields").path(Fields.TYPE).path(0).asText(null);
            if (!passages) {
                ranked.add(new Ranked(docId, null, score(hit), type, names(hit)));
                continue;
            }
            for (JsonNode inner : hit.path("inner_hits").path(Fields.PASSAGES).path("hits").path("hits")) {
                String passageId = inner.path("fields").path(Fields.PASSAGES + "." + Fields.ID).path(0).asText();
                ranked.add(new Ranked(docId, passageId, score(inner), type, names(inner)));
            }
        }
        if (passages && !hits.isEmpty() && hits.get(0).path("sort").isMissingNode()) {
            // by relevance: the passages of every document, best first (a stable sort keeps documents' order)
            ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        }
        return ranked;
    }

    private static float score(JsonNode hit) {
        return hit.path("_score").isNumber() ? (float) hit.path("_score").asDouble() : 0f;
    }

    private static Set<String> names(JsonNode hit) {
        Set<String> names = new HashSet<>();
        hit.path("matched_queries").forEach(name -> names.add(name.asText()));
        return names;
    }

    /**
     * Each document's best {@value RankingRules#PASSAGES_PER_DOCUMENT} passages first (in the order found), then its
     * next, and so on; the first {@code wanted}.
     */
    private static List<Ranked> fewPerDocument(List<Ranked> hits, int wanted) {
        Map<String, Integer> seen = new HashMap<>();
        List<List<Ranked>> rounds = new ArrayList<>();
        for (Ranked hit : hits) {
            int round = (seen.merge(hit.docId(), 1, Integer::sum) - 1) / RankingRules.PASSAGES_PER_DOCUMENT;
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(hit);
        }
        List<Ranked> ordered = new ArrayList<>(Math.min(wanted, hits.size()));
        rounds.forEach(ordered::addAll);
        return ordered.subList(0, Math.min(wanted, ordered.size()));
    }

    private static List<Ranked> slice(List<Ranked> hits, SearchQuery request) {
        int from = Math.min(hits.size(), (request.page() - 1) * request.size());
        return hits.subList(from, hits.size());
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
