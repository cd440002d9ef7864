package fanwen.store.opensearch;

import static fanwen.index.JsonFields.text;
import static fanwen.index.JsonFields.texts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fanwen.model.DocumentHit;
import fanwen.model.PassageHit;
import fanwen.model.Snippet;
import fanwen.store.SnippetWindow;

/**
 * Reads the hits a result list shows, in the order ranked: a document's title, metadata and snippets cut from its
 * (up to two) passages that best match a ranking query, or from its first passage if none does (never from a whole
 * section); a passage's text, heading path and snippet, and a whole section's — its text its document's, sliced. The
 * cluster's highlighter (on the exact word field, and on the bigram field for a hit found only through it) marks the
 * matches with two private-use characters, read back as ranges, so that the snippet is cut and escaped as the
 * embedded store's ({@link SnippetWindow}, {@link Snippet#html()}).
 */
final class HitReader {

    /** A hit to read: its id (a document's or a passage's) and the score it is shown with. */
    record Wanted(String docId, String passageId, float score) {
    }

    private static final int DOCUMENT_SNIPPETS = 2;
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final String BIGRAM = QueryTranslator.Target.PASSAGES.bigram;
    private static final String BODY = QueryTranslator.Target.PASSAGES.body;

    private final Cluster cluster;
    private final String index;

    HitReader(Cluster cluster, String index) {
        this.cluster = cluster;
        this.index = index;
    }

    /** Documents {@code wanted} (passage ids null), their snippets marking what {@code ranking} finds in passages. */
    List<DocumentHit> documents(List<Wanted> wanted, ObjectNode ranking) throws IOException {
        if (wanted.isEmpty()) {
            return List.of();
        }
        // every passage matches, those that match the ranking first: a document none of whose passages matches
        // shows the start of its first
        ObjectNode passages = new Dsl.Bool().should(ranking).should(Dsl.zeroScored(Dsl.matchAll(), "any")).build();
        ObjectNode nested = Dsl.nested(Dsl.passagesOnly(passages));
        ((ObjectNode) nested.get("nested")).set("inner_hits", innerHits(DOCUMENT_SNIPPETS, ranking,
                Fields.START, Fields.BODY));
        ObjectNode request = Dsl.object();
        request.set("query", new Dsl.Bool().filter(Dsl.ids(docIds(wanted))).must(nested).build());
        request.put("size", wanted.size());
        request.putObject("_source").putArray("includes").add(Fields.ID).add(Fields.TITLE).add(Fields.TYPE)
                .add(Fields.YEAR).add(Fields.UNIT).add(Fields.STORED + "." + Fields.SOURCE)
                .add(Fields.STORED + "." + Fields.DATE_TEXT).add(Fields.STORED + "." + Fields.KEYWORDS);
        Map<String, JsonNode> found = byId(search(request));
        List<DocumentHit> hits = new ArrayList<>(wanted.size());
        for (Wanted w : wanted) {
            JsonNode hit = found.get(w.docId());
            if (hit != null) {
                hits.add(documentHit(hit, w.score()));
            }
        }
        return hits;
    }

    /**
     * Passages (and whole sections) {@code wanted}, their snippets marking what {@code ranking} finds in passages and
     * {@code documentRanking}, the same over documents, in the text of whole sections (a document's, sliced).
     */
    List<PassageHit> passages(List<Wanted> wanted, ObjectNode ranking, ObjectNode documentRanking)
            throws IOException {
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> passageIds = wanted.stream().map(Wanted::passageId).toList();
        ObjectNode these = new Dsl.Bool()
                .filter(Dsl.terms(Fields.PASSAGES + "." + Fields.ID, passageIds))
                .should(ranking).build();
        ObjectNode nested = Dsl.nested(these);
        ((ObjectNode) nested.get("nested")).set("inner_hits", innerHits(RankedSearch.MAX_INNER_HITS, ranking,
                Fields.ID, Fields.KIND, Fields.START, Fields.END, Fields.HEADING_PATH, Fields.BODY));
        ObjectNode request = Dsl.object();
        List<String> docIds = docIds(wanted);
        request.set("query", new Dsl.Bool().filter(Dsl.ids(docIds)).must(nested).build());
        request.put("size", docIds.size());
        request.putObject("_source").putArray("includes").add(Fields.TITLE).add(Fields.STORED + "." + Fields.SOURCE);
        Map<String, PassageHit> found = new HashMap<>();
        Map<String, List<PassageHit>> sections = new HashMap<>();
        for (JsonNode hit : search(request)) {
            JsonNode document = hit.path("_source");
            for (JsonNode inner : innerHitsOf(hit)) {
                PassageHit passage = passageHit(hit.path("_id").asText(), document, inner);
                found.put(passage.passageId(), passage);
                if (Fields.KIND_SECTION.equals(inner.path("_source").path(Fields.KIND).asText())) {
                    sections.computeIfAbsent(passage.docId(), d -> new ArrayList<>()).add(passage);
                }
            }
        }
        if (!sections.isEmpty()) {
            sectionTexts(sections, documentRanking).forEach(found::put);
        }
        List<PassageHit> hits = new ArrayList<>(wanted.size());
        for (Wanted w : wanted) {
            PassageHit p = found.get(w.passageId());
            if (p != null) {
                hits.add(new PassageHit(p.docId(), p.passageId(), p.title(), p.source(), p.headingPath(), p.text(),
                        p.start(), p.end(), p.snippet(), w.score()));
            }
        }
        return hits;
    }

    /**
     * The whole sections {@code byDocument} with their text: their document's, between their start and end, marked
     * where {@code documentRanking} finds it in the document. Read apart, for the documents of the sections shown only:
     * a document's text is not fetched for its passages (they hold their own).
     */
    private Map<String, PassageHit> sectionTexts(Map<String, List<PassageHit>> byDocument, ObjectNode documentRanking)
            throws IOException {
        ObjectNode request = Dsl.object();
        request.set("query", Dsl.ids(byDocument.keySet()));
        request.put("size", byDocument.size());
        request.putObject("_source").putArray("includes").add(Fields.BODY);
        request.set("highlight", highlight(documentRanking, Fields.BODY, Fields.BODY + Fields.BIGRAM));
        Map<String, PassageHit> read = new HashMap<>();
        for (JsonNode hit : search(request)) {
            String text = hit.path("_source").path(Fields.BODY).asText("");
            List<Snippet.Range> marks = marked(hit.path("highlight").path(Fields.BODY));
            if (marks.isEmpty()) {
                marks = marked(hit.path("highlight").path(Fields.BODY + Fields.BIGRAM));
            }
            for (PassageHit section : byDocument.getOrDefault(hit.path("_id").asText(), List.of())) {
                int start = section.start();
                List<Snippet.Range> within = marks.stream().filter(r -> r.start() >= start && r.end() <= section.end())
                        .map(r -> new Snippet.Range(r.start() - start, r.end() - start)).toList();
                String own = text.substring(start, section.end());
                read.put(section.passageId(), new PassageHit(section.docId(), section.passageId(), section.title(),
                        section.source(), section.headingPath(), own, start, section.end(),
                        SnippetWindow.around(own, SnippetWindow.merge(within)), section.score()));
            }
        }
        return read;
    }

    private static DocumentHit documentHit(JsonNode hit, float score) {
        JsonNode source = hit.path("_source");
        JsonNode stored = source.path(Fields.STORED);
        List<Snippet> snippets = new ArrayList<>(DOCUMENT_SNIPPETS);
        List<JsonNode> inner = innerHitsOf(hit);
        for (JsonNode passage : inner) {
            if (snippets.size() < DOCUMENT_SNIPPETS && passage.path("_score").asDouble() > 0) {
                snippets.add(snippet(passage).shift(passage.path("_source").path(Fields.START).asInt()));
            }
        }
        if (snippets.isEmpty() && !inner.isEmpty()) {
            JsonNode first = inner.stream().min(Comparator.comparingInt(p -> p.path("_nested").path("offset").asInt()))
                    .orElseThrow();
            snippets.add(snippet(first).shift(first.path("_source").path(Fields.START).asInt()));
        }
        snippets.sort(Comparator.comparingInt(Snippet::start));
        JsonNode year = source.path(Fields.YEAR);
        return new DocumentHit(hit.path("_id").asText(), source.path(Fields.TITLE).asText(""),
                stored.path(Fields.SOURCE).asText(""), source.path(Fields.TYPE).asText(null),
                year.isNumber() ? Optional.of(year.asInt()) : Optional.empty(), text(stored, Fields.DATE_TEXT),
                texts(source, Fields.UNIT), score, snippets, texts(stored, Fields.KEYWORDS));
    }

    private static PassageHit passageHit(String docId, JsonNode document, JsonNode inner) {
        JsonNode passage = inner.path("_source");
        return new PassageHit(docId, passage.path(Fields.ID).asText(), document.path(Fields.TITLE).asText(""),
                document.path(Fields.STORED).path(Fields.SOURCE).asText(""), texts(passage, Fields.HEADING_PATH),
                passage.path(Fields.BODY).asText(""), passage.path(Fields.START).asInt(),
                passage.path(Fields.END).asInt(), snippet(inner), (float) inner.path("_score").asDouble());
    }

    /** The snippet of an inner hit's passage, around the ranges its highlights mark. */
    private static Snippet snippet(JsonNode inner) {
        String text = inner.path("_source").path(Fields.BODY).asText("");
        List<Snippet.Range> ranges = marked(inner.path("highlight").path(BODY));
        if (ranges.isEmpty()) {
            ranges = marked(inner.path("highlight").path(BIGRAM)); // found only through the recall path
        }
        return SnippetWindow.around(text, SnippetWindow.merge(ranges));
    }

    /** The ranges between the markers of a highlighted field (the whole text: one fragment). */
    static List<Snippet.Range> marked(JsonNode fragments) {
        List<Snippet.Range> ranges = new ArrayList<>();
        if (!fragments.isArray() || fragments.isEmpty()) {
            return ranges;
        }
        String highlighted = fragments.get(0).asText();
        int at = 0;
        int start = -1;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == OPEN) {
                start = at;
            } else if (c == CLOSE) {
                if (start >= 0 && at > start) {
                    ranges.add(new Snippet.Range(start, at));
                }
                start = -1;
            } else {
                at++;
            }
        }
        return ranges;
    }

    /** Inner hits of up to {@code size} passages, their fields {@code fields}, highlighted as {@code ranking} finds. */
    private static ObjectNode innerHits(int size, ObjectNode ranking, String... fields) {
        ObjectNode inner = Dsl.object();
        inner.put("size", size);
        var includes = inner.putObject("_source").putArray("includes");
        for (String field : fields) {
            includes.add(Fields.PASSAGES + "." + field);
        }
        inner.set("highlight", highlight(ranking, BODY, BIGRAM));
        return inner;
    }

    /** The whole of each of {@code fields} with what {@code ranking} finds there marked. */
    private static ObjectNode highlight(ObjectNode ranking, String... fields) {
        ObjectNode highlight = Dsl.object();
        highlight.put("type", "unified").put("number_of_fragments", 0);
        highlight.putArray("pre_tags").add(String.valueOf(OPEN));
        highlight.putArray("post_tags").add(String.valueOf(CLOSE));
        highlight.set("highlight_query", ranking);
        ObjectNode on = highlight.putObject("fields");
        for (String field : fields) {
            on.putObject(field);
        }
        return highlight;
    }

    private static List<JsonNode> innerHitsOf(JsonNode hit) {
        List<JsonNode> inner = new ArrayList<>();
        hit.path("inner_hits").path(Fields.PASSAGES).path("hits").path("hits").forEach(inner::add);
        return inner;
    }

    private static List<String> docIds(List<Wanted> wanted) {
        Set<String> ids = new LinkedHashSet<>();
        wanted.forEach(w -> ids.add(w.docId()));
        return List.copyOf(ids);
    }

    private static Map<String, JsonNode> byId(JsonNode hits) {
        Map<String, JsonNode> byId = new HashMap<>();
        hits.forEach(hit -> byId.put(hit.path("_id").asText(), hit));
        return byId;
    }

    private JsonNode search(ObjectNode request) throws IOException {
        return cluster.call("POST", "/" + index + "/_search", request).path("hits").path("hits");
    }
}
