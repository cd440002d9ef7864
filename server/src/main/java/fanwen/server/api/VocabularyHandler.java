package fanwen.server.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import fanwen.engine.Engine;
import fanwen.model.RejectedVocabulary;
import fanwen.model.SynonymGroup;
import fanwen.server.http.ApiError;
import fanwen.server.json.DictionaryJson;
import fanwen.server.json.SynonymsJson;

/**
 * The user's vocabulary: {@code GET/PUT /api/v1/dictionary} ({@code {"terms":["…"]}}) and
 * {@code GET/PUT /api/v1/synonyms} ({@code {"groups":[["…","…"]]}}). A {@code PUT} replaces the whole list, takes
 * effect for the next query and answers the list as stored; the engine's refusal of a list is a 400 with its reason.
 */
final class VocabularyHandler {

    private static final String TERMS_USAGE = "{\"terms\":[\"星火督办台\",\"河湖长制\"]}";
    private static final String GROUPS_USAGE = "{\"groups\":[[\"河长制\",\"河湖长制\"],[\"摸底\",\"排查\"]]}";

    private final Engine engine;
    private final ObjectMapper json;

    VocabularyHandler(Engine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    void dictionary(Context ctx) throws IOException {
        ctx.json(new DictionaryJson(engine.dictionaryTerms()));
    }

    void replaceDictionary(Context ctx) throws IOException {
        List<String> terms = texts(field(ctx, "terms", TERMS_USAGE), "terms", TERMS_USAGE);
        ctx.json(new DictionaryJson(accepted(() -> engine.replaceDictionaryTerms(terms))));
    }

    void synonyms(Context ctx) throws IOException {
        ctx.json(of(engine.synonyms()));
    }

    void replaceSynonyms(Context ctx) throws IOException {
        List<SynonymGroup> groups = new ArrayList<>();
        for (JsonNode group : field(ctx, "groups", GROUPS_USAGE)) {
            if (!group.isArray()) {
                throw malformed("groups", GROUPS_USAGE);
            }
            groups.add(new SynonymGroup(texts(group, "groups", GROUPS_USAGE)));
        }
        ctx.json(of(accepted(() -> engine.replaceSynonyms(groups))));
    }

    private static SynonymsJson of(List<SynonymGroup> groups) {
        return new SynonymsJson(groups.stream().map(SynonymGroup::words).toList());
    }

    /** The array {@code name} of the body, an object; 400 saying {@code usage} if there is none. */
    private JsonNode field(Context ctx, String name, String usage) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw ApiError.badRequest("请求体不是有效的 JSON：应为 " + usage, "the body is not JSON: " + TextBody.problem(e));
        }
        if (body == null || !body.isObject() || !body.path(name).isArray()) {
            throw malformed(name, usage);
        }
        return body.get(name);
    }

    private static List<String> texts(JsonNode array, String name, String usage) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw malformed(name, usage);
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static ApiError malformed(String name, String usage) {
        return ApiError.badRequest("请求体应为 " + usage, "expected a JSON object whose '" + name + "' is "
                + (name.equals("terms") ? "a list of texts" : "a list of lists of texts"));
    }

    /** A change of the vocabulary, which the engine may refuse. */
    private interface Change<T> {
        T make() throws RejectedVocabulary, IOException;
    }

    private static <T> T accepted(Change<T> change) throws IOException {
        try {
            return change.make();
        } catch (RejectedVocabulary refused) {
            throw ApiError.badRequest(refused.getMessage(), refused.detail());
        }
    }
}
