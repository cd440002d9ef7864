package fanwen.store.opensearch;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenSearch's query DSL as JSON, a clause per method, so that a translation reads like the request it sends: {@code
 * match}, {@code match_phrase}, {@code bool}, {@code dis_max}, {@code nested}, {@code term(s)}, {@code range}, and the
 * plugin's {@code fanwen_document_scoring}.
 */
final class Dsl {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The analyzer that keeps stop words: phrases, synonyms and long forms are matched as written. */
    static final String PHRASE_ANALYZER = "fanwen_phrase";
    private static final Set<String> LEAVES = Set.of("match", "match_phrase", "term", "terms", "ids", "range",
            "match_all");

    private Dsl() {
    }

    static ObjectNode object() {
        return JSON.objectNode();
    }

    /** Every term the field's search analyzer makes of {@code text}, anywhere. */
    static ObjectNode allTerms(String field, String text, float boost) {
        ObjectNode match = object();
        ObjectNode on = match.putObject("match").putObject(field);
        on.put("query", text).put("operator", "and");
        return boosted(on, boost, match);
    }

    /** The terms of {@code text} in order, up to {@code slop} moves apart. */
    static ObjectNode phrase(String field, String text, int slop, float boost, String analyzer) {
        ObjectNode phrase = object();
        ObjectNode on = phrase.putObject("match_phrase").putObject(field);
        on.put("query", text);
        if (slop > 0) {
            on.put("slop", slop);
        }
        if (analyzer != null) {
            on.put("analyzer", analyzer);
        }
        return boosted(on, boost, phrase);
    }

    static ObjectNode term(String field, String value) {
        ObjectNode term = object();
        term.putObject("term").put(field, value);
        return term;
    }

    static ObjectNode terms(String field, Collection<String> values) {
        ObjectNode terms = object();
        ArrayNode array = terms.putObject("terms").putArray(field);
        values.forEach(array::add);
        return terms;
    }

    static ObjectNode ids(Collection<String> ids) {
        ObjectNode query = object();
        ArrayNode values = query.putObject("ids").putArray("values");
        ids.forEach(values::add);
        return query;
    }

    static ObjectNode range(String field, Integer from, Integer to) {
        ObjectNode range = object();
        ObjectNode on = range.putObject("range").putObject(field);
        if (from != null) {
            on.put("gte", from);
        }
        if (to != null) {
            on.put("lte", to);
        }
        return range;
    }

    static ObjectNode matchAll() {
        ObjectNode all = object();
        all.putObject("match_all");
        return all;
    }

    /** The best of {@code alternatives}, the others adding a tenth of theirs (as the embedded store's dis-max). */
    static ObjectNode disMax(List<ObjectNode> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.getFirst();
        }
        ObjectNode disMax = object();
        ObjectNode body = disMax.putObject("dis_max");
        body.put("tie_breaker", 0.1);
        body.putArray("queries").addAll(alternatives);
        return disMax;
    }

    /** {@code query} over the nested passages, a passage's score its document's: the best passage's. */
    static ObjectNode nested(ObjectNode query) {
        ObjectNode nested = object();
        ObjectNode body = nested.putObject("nested");
        body.put("path", Fields.PASSAGES).put("score_mode", "max").set("query", query);
        return nested;
    }

    /** Of the nested entries, those {@code query} matches that are passages, not whole sections. */
    static ObjectNode passagesOnly(ObjectNode query) {
        return new Bool().must(query).mustNot(term(Fields.PASSAGES + "." + Fields.KIND, Fields.KIND_SECTION)).build();
    }

    /**
     * {@code query} scored as the embedded store scores documents: the plugin's {@code fanwen_document_scoring}, with
     * the body's words and bigrams counted together with their passages' ({@code fanwen.analysis.scoring}).
     */
    static ObjectNode documentScoring(ObjectNode query) {
        ObjectNode scoring = object();
        ObjectNode body = scoring.putObject("fanwen_document_scoring");
        body.set("query", query);
        body.put("documents_field", Fields.ID);
        String passageBody = Fields.PASSAGES + "." + Fields.BODY;
        body.putObject("passage_fields").put(Fields.BODY, passageBody)
                .put(Fields.BODY + Fields.BIGRAM, passageBody + Fields.BIGRAM);
        return scoring;
    }

    /** {@code query} scoring nothing: only there to say, by its name, whether a hit matches it. */
    static ObjectNode zeroScored(ObjectNode query, String name) {
        ObjectNode constant = object();
        ObjectNode body = constant.putObject("constant_score");
        body.set("filter", query);
        body.put("boost", 0f).put("_name", name);
        return constant;
    }

    /** How many leaf clauses ({@code match}, {@code match_phrase}, {@code term} …) {@code query} holds. */
    static int leaves(JsonNode query) {
        int leaves = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = query.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (LEAVES.contains(field.getKey())) {
                leaves++;
            } else if (field.getValue().isObject()) {
                leaves += leaves(field.getValue());
            } else if (field.getValue().isArray()) {
                for (JsonNode element : field.getValue()) {
                    leaves += leaves(element);
                }
            }
        }
        return leaves;
    }

    private static ObjectNode boosted(ObjectNode on, float boost, ObjectNode query) {
        if (boost != 1f) {
            on.put("boost", boost);
        }
        return query;
    }

    /** A bool query being built. */
    static final class Bool {
        private final ObjectNode body = object();

        Bool must(ObjectNode clause) {
            return add("must", clause);
        }

        Bool should(ObjectNode clause) {
            return add("should", clause);
        }

        Bool filter(ObjectNode clause) {
            return add("filter", clause);
        }

        Bool mustNot(ObjectNode clause) {
            return add("must_not", clause);
        }

        Bool minimumShouldMatch(int count) {
            body.put("minimum_should_match", count);
            return this;
        }

        Bool name(String name) {
            body.put("_name", name);
            return this;
        }

        boolean has(String occur) {
            return body.has(occur);
        }

        ObjectNode build() {
            ObjectNode bool = object();
            bool.set("bool", body);
            return bool;
        }

        private Bool add(String occur, ObjectNode clause) {
            ArrayNode clauses = body.has(occur) ? (ArrayNode) body.get(occur) : body.putArray(occur);
            clauses.add(clause);
            return this;
        }
    }
}
