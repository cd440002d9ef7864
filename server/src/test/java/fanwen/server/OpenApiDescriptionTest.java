package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import fanwen.engine.Engine;
import fanwen.model.VocabularyLimits;
import fanwen.server.OpenApiChecker.Operation;
import fanwen.server.http.ErrorCode;

/**
 * The bundled OpenAPI description as a portal's developer reads it: stable operation ids, the security of every
 * operation, every error answer in the error shape, an example for every request body and answer, and the error
 * codes the README promises. (Redocly's own rules run on the served description in {@code OpenApiLintTest}.)
 */
class OpenApiDescriptionTest {

    /** The operations of v1 and their ids: renaming one breaks every generated client, so the list is fixed here. */
    private static final Set<String> OPERATION_IDS = Set.of("searchDocuments", "searchPassages", "suggest",
            "getDocument", "getOriginal", "uploadDocuments", "editDocument", "deleteDocument", "similarDocuments",
            "similarPassages", "checkDraft", "analyzeText", "getDictionary", "replaceDictionary", "getSynonyms", "replaceSynonyms",
            "getStats", "getHealth", "getOpenApi", "getMetrics");
    /** The operations that need the API key when the server has one. */
    private static final Set<String> WRITES = Set.of("uploadDocuments", "editDocument", "deleteDocument",
            "replaceDictionary", "replaceSynonyms");
    /** The operations whose work runs on the pool for heavy work, and so may be answered 503. */
    private static final Set<String> HEAVY = Set.of("similarDocuments", "similarPassages", "checkDraft", "analyzeText");

    private final OpenApiChecker description = new OpenApiChecker();

    @Test
    void everyOperationHasItsStableIdATagAndItsSecurity() {
        Set<String> ids = new TreeSet<>();
        for (Operation operation : description.operations()) {
            JsonNode node = node(operation);
            assertTrue(ids.add(operation.id()), "operationId used twice: " + operation);
            assertFalse(node.path("tags").isEmpty(), operation + " has no tag");
            JsonNode security = node.path("security");
            assertTrue(security.isArray(), operation + " says nothing of its security");
            if (WRITES.contains(operation.id())) {
                assertEquals("[{\"bearer\":[]},{\"apiKey\":[]}]", security.toString(), operation.toString());
            } else {
                assertTrue(security.isEmpty(), operation + " is a read: open");
            }
        }
        assertEquals(new TreeSet<>(OPERATION_IDS), ids);
    }

    @Test
    void everyRequestBodyAndEveryAnswerHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (Operation operation : description.operations()) {
            JsonNode node = node(operation);
            node.path("requestBody").path("content").properties().forEach(media -> {
                if (!hasExample(media.getValue())) {
                    missing.add(operation.id() + " request " + media.getKey());
                }
            });
            node.path("responses").properties().forEach(response -> {
                JsonNode content = response(response.getValue()).path("content");
                assertFalse(content.isEmpty(), operation.id() + " " + response.getKey() + " has no content");
                content.properties().forEach(media -> {
                    if (!hasExample(media.getValue())) {
                        missing.add(operation.id() + " " + response.getKey() + " " + media.getKey());
                    }
                });
            });
        }
        assertEquals(List.of(), missing, "bodies and answers without an example");
    }

    @Test
    void everyErrorAnswerHasTheErrorShapeAndTheOperationsAnswerWhatTheServerDoes() {
        for (Operation operation : description.operations()) {
            Map<String, JsonNode> errors = new TreeMap<>();
            node(operation).path("responses").properties().forEach(r -> {
                if (Integer.parseInt(r.getKey()) >= 400) {
                    errors.put(r.getKey(), response(r.getValue()));
                }
            });
            errors.forEach((status, response) -> {
                assertEquals("#/components/schemas/Error",
                        response.path("content").path("application/json").path("schema").path("$ref").asText(),
                        operation.id() + " " + status);
                if (status.equals("429") || status.equals("503")) {
                    assertTrue(response.path("headers").has("Retry-After"), operation.id() + " " + status);
                }
            });
            Set<String> statuses = errors.keySet();
            assertTrue(statuses.containsAll(Set.of("414", "431")), operation.id() + ": any request line or header "
                    + "may be too long");
            boolean rateLimited = operation.path().startsWith("/api/") && !operation.id().equals("getHealth");
            assertEquals(rateLimited, statuses.contains("429"), operation.id() + ": rate limit");
            assertEquals(WRITES.contains(operation.id()), statuses.contains("401"), operation.id() + ": 401");
            assertEquals(HEAVY.contains(operation.id()), statuses.contains("503"), operation.id() + ": 503");
        }
    }

    @Test
    void theLimitsOfTheVocabularyAreTheEnginesOwn() {
        VocabularyLimits limits = Engine.vocabularyLimits();
        JsonNode terms = description.resolve("#/components/schemas/Dictionary").path("properties").path("terms");
        JsonNode groups = description.resolve("#/components/schemas/Synonyms").path("properties").path("groups");
        assertEquals(limits.maxTerms(), terms.path("maxItems").asInt());
        assertEquals(limits.maxGroups(), groups.path("maxItems").asInt());
        assertEquals(limits.maxWordsPerGroup(), groups.path("items").path("maxItems").asInt());
        for (JsonNode word : List.of(terms.path("items"), groups.path("items").path("items"))) {
            assertEquals(limits.minWordLength(), word.path("minLength").asInt());
            assertEquals(limits.maxWordLength(), word.path("maxLength").asInt());
        }
    }

    @Test
    void theErrorCodesAreTheOnesTheReadmeAndTheDescriptionList() throws IOException {
        Map<String, Integer> readme = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d{3}) \\| `([a-z_]+)` \\|")
                .matcher(Files.readString(TestServer.repository().resolve("README.md")));
        while (row.find()) {
            readme.put(row.group(2), Integer.parseInt(row.group(1)));
        }
        Map<String, Integer> codes = new TreeMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            codes.put(code.code(), code.status());
        }
        assertEquals(codes, readme, "README, For portal developers: the table of error codes");
        String described = description.resolve("#/components/schemas/ErrorBody").path("properties").path("code")
                .path("description").asText();
        codes.forEach((code, status) -> assertTrue(described.contains(code + " " + status), code + " " + status));
    }

    private JsonNode node(Operation operation) {
        return description.spec.path("paths").path(operation.path()).path(operation.method().toLowerCase());
    }

    private JsonNode response(JsonNode response) {
        return response.has("$ref") ? description.resolve(response.get("$ref").asText()) : response;
    }

    private static boolean hasExample(JsonNode media) {
        return media.has("example") || media.has("examples");
    }
}
