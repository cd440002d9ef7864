package fanwen.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import fanwen.client.ApiClient;
import fanwen.client.ApiException;
import fanwen.client.api.AnalysisApi;
import fanwen.client.api.CheckApi;
import fanwen.client.api.DocumentsApi;
import fanwen.client.api.SearchApi;
import fanwen.client.api.SimilarApi;
import fanwen.client.api.StatusApi;
import fanwen.client.api.VocabularyApi;
import fanwen.client.model.AnalyzeRequest;
import fanwen.client.model.AnalyzeResponse;
import fanwen.client.model.CheckRequest;
import fanwen.client.model.CheckResponse;
import fanwen.client.model.Dictionary;
import fanwen.client.model.Document;
import fanwen.client.model.DocumentHit;
import fanwen.client.model.ErrorBody;
import fanwen.client.model.HealthResponse;
import fanwen.client.model.MetadataEdit;
import fanwen.client.model.MetadataEditUnit;
import fanwen.client.model.OutlineNode;
import fanwen.client.model.PassageHit;
import fanwen.client.model.PassagesResponse;
import fanwen.client.model.SearchResponse;
import fanwen.client.model.SimilarDocumentsResponse;
import fanwen.client.model.SimilarPassagesResponse;
import fanwen.client.model.Suggestion;
import fanwen.client.model.Synonyms;
import fanwen.client.model.UploadResponse;
import fanwen.client.model.UploadResult;

/**
 * The API as a portal meets it: a Java client generated at build time from the bundled OpenAPI description
 * (openapi-generator, {@code java}/{@code native}, see server/pom.xml) runs every example of the README against a
 * live server holding the bundled corpus, with an API key set. The description and the server cannot drift apart
 * either way: the client's JSON mapper refuses a field the description lacks, and every answer is held up against
 * the description (required fields, types, enums) by {@link DescribedHttpClient}. The last test shows that every
 * operation of the description was called.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientTest {

    private static final String KEY = "portal-key";
    private static final String SPEECH = "seed/04_在年轻干部到乡镇挂职锻炼动员会上的讲话.txt";

    private final OpenApiChecker description = new OpenApiChecker();
    private final DescribedHttpClient described = new DescribedHttpClient(description);
    private TestServer server;
    private ApiClient client;
    private ObjectMapper strict;
    private SearchApi search;
    private DocumentsApi documents;
    private SimilarApi similar;
    private CheckApi check;
    private AnalysisApi analysis;
    private StatusApi status;

    @BeforeAll
    void startAServerAndGenerateTheClientsView() throws IOException {
        server = TestServer.withBundledCorpus(ServerConfig.local(0).withApiKey(KEY)
                .withLimits(ServerLimits.defaults().withRate(100_000, 10_000)));
        client = clientWith(KEY);
        strict = client.getObjectMapper();
        search = new SearchApi(client);
        documents = new DocumentsApi(client);
        similar = new SimilarApi(client);
        check = new CheckApi(client);
        analysis = new AnalysisApi(client);
        status = new StatusApi(client);
    }

    /** A client of the live server sending {@code key} (none if null), strict about unknown fields. */
    private ApiClient clientWith(String key) {
        ObjectMapper mapper = new ApiClient().getObjectMapper().copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ApiClient api = new ApiClient(HttpClient.newBuilder(), mapper, server.baseUrl) {
            @Override
            public HttpClient getHttpClient() {
                return described;
            }
        };
        if (key != null) {
            api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return api;
    }

    @AfterAll
    void stop() throws IOException {
        described.close();
        server.close();
    }

    @Test
    void healthSaysTheLibraryIsReadyAndWritesNeedTheKey() throws ApiException {
        HealthResponse health = status.getHealth();
        assertEquals(HealthResponse.StatusEnum.OK, health.getStatus());
        assertTrue(health.getDocuments() > 100, "the bundled corpus: " + health);
        assertNull(health.getIndexing());
        assertTrue(health.getWritesNeedKey());
        assertNoProblems();
    }

    @Test
    void searchWithFiltersFindsSpeechesWithHighlightsAndFacets() throws ApiException {
        SearchResponse speeches = search.searchDocuments(SearchApi.APISearchDocumentsRequest.newBuilder()
                .q("挂职锻炼").type("讲话").sort("relevance").page(1).size(10).build());
        assertTrue(speeches.getTotal() >= 1, speeches.toString());
        for (DocumentHit hit : speeches.getHits()) {
            assertEquals("讲话", hit.getType());
            assertTrue(hit.getSnippets().stream().anyMatch(s -> s.contains("<mark>")), hit.toString());
        }
        assertTrue(speeches.getFacets().getType().stream().anyMatch(f -> f.getValue().equals("讲话")));

        SearchResponse reports = search.searchDocuments(SearchApi.APISearchDocumentsRequest.newBuilder()
                .q("政府工作报告").yearFrom(2020).yearTo(2021).sort("date").size(5).build());
        assertFalse(reports.getHits().isEmpty(), reports.toString());
        for (DocumentHit hit : reports.getHits()) {
            assertTrue(hit.getYear() >= 2020 && hit.getYear() <= 2021, hit.toString());
            assertFalse(hit.getUnits().isEmpty(), "a government work report names its unit: " + hit);
            assertEquals(hit.getUnits().get(0), firstUnit(hit), "unit is the first of units");
        }
        assertNoProblems();
    }

    @SuppressWarnings("deprecation") // unit is kept for v1 compatibility: the test shows what it means
    private static String firstUnit(DocumentHit hit) {
        return hit.getUnit();
    }

    @Test
    void passagesComeWithTheirHeadingPath() throws ApiException {
        PassagesResponse passages = search.searchPassages(SearchApi.APISearchPassagesRequest.newBuilder()
                .q("加强组织领导").size(3).build());
        assertEquals(3, passages.getHits().size(), passages.toString());
        PassageHit first = passages.getHits().get(0);
        assertTrue(first.getPassageId().startsWith(first.getDocId() + "-"));
        assertTrue(first.getSnippet().contains("<mark>"), first.toString());
        assertNotNull(first.getHeadingPath());
        assertNoProblems();
    }

    @Test
    void aDocumentItsOriginalAndWhatIsSimilarToIt() throws Exception {
        String id = idOf(SPEECH);
        Document document = documents.getDocument(id);
        assertEquals(SPEECH, document.getSource());
        assertFalse(document.getOutline().isEmpty());
        String passageId = firstPassageId(document.getOutline());
        assertTrue(passageId.startsWith(id + "-"), passageId);

        File original = documents.getOriginal(id);
        try {
            assertArrayEquals(Files.readAllBytes(TestServer.corpus().resolve(SPEECH)), Files.readAllBytes(original.toPath()));
        } finally {
            Files.deleteIfExists(original.toPath());
        }

        SimilarDocumentsResponse like = similar.similarDocuments(id, 5);
        assertEquals(id, like.getId());
        assertFalse(like.getHits().isEmpty());
        like.getHits().forEach(hit -> assertTrue(hit.getSimilarity() >= 0 && hit.getSimilarity() <= 1, hit.toString()));
        SimilarPassagesResponse likePassage = similar.similarPassages(passageId, 5);
        assertEquals(passageId, likePassage.getId());
        likePassage.getHits().forEach(hit -> assertFalse(hit.getPassageId().equals(passageId)));
        assertNoProblems();
    }

    private static String firstPassageId(List<OutlineNode> outline) {
        for (OutlineNode node : outline) {
            if (node.getPassageId() != null) {
                return node.getPassageId();
            }
            String below = firstPassageId(node.getChildren());
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    void suggestionsCompleteWhatIsTyped() throws ApiException {
        List<Suggestion> suggestions = search.suggest("挂职").getSuggestions();
        assertFalse(suggestions.isEmpty());
        suggestions.forEach(s -> assertTrue(s.getText().contains("挂职"), s.toString()));
        assertNoProblems();
    }

    @Test
    void aPastedDraftAndADraftFileAreChecked() throws Exception {
        String paragraph = Files.readString(TestServer.corpus().resolve(SPEECH)).lines().map(String::strip)
                .filter(l -> l.length() > 100).findFirst().orElseThrow();
        String draft = "这是新写的开头，资料库里没有这句话。\n" + paragraph + "\n";
        CheckResponse pasted = check.checkDraft(new CheckRequest().text(draft));
        assertTrue(pasted.getRatio() > 0.7, pasted.toString());
        assertEquals(idOf(SPEECH), pasted.getMatches().get(0).getDocId());

        // The generator makes one method per operation, for its first request type (JSON): the file goes through
        // the same client by hand, as README's `curl -F file=@draft.docx` does.
        HttpResponse<String> answer = postMultipart("/api/v1/check",
                List.of(new Http.NamedBytes("草稿.txt", draft.getBytes(StandardCharsets.UTF_8))), List.of());
        assertEquals(200, answer.statusCode(), answer.body());
        CheckResponse file = strict.readValue(answer.body(), CheckResponse.class);
        assertEquals(draft.strip(), file.getText().strip());
        assertTrue(file.getRatio() > 0.7, file.toString());
        assertNoProblems();
    }

    @Test
    void analyzeShowsTheTokensOfAText() throws ApiException {
        AnalyzeResponse tokens = analysis.analyzeText(new AnalyzeRequest().text("挂职锻炼工作总结")
                .mode(AnalyzeRequest.ModeEnum.INDEX));
        assertTrue(tokens.getTokens().stream().anyMatch(t -> t.getTerm().equals("挂职锻炼")), tokens.toString());
        assertNoProblems();
    }

    @Test
    void statsMetricsAndTheDescriptionItself() throws ApiException {
        assertTrue(status.getStats().getDocuments() > 100);
        assertTrue(status.getMetrics().contains("fanwen_index_documents "));
        Object served = status.getOpenApi();
        assertTrue(served instanceof Map<?, ?> spec && "3.1.0".equals(spec.get("openapi")), String.valueOf(served));
        assertNoProblems();
    }

    @Test
    void anUploadIsEditedAndDeletedWithTheKey() throws Exception {
        Path dir = Files.createTempDirectory("fanwen-client-upload");
        try {
            // ASCII names and fields: the generated multipart code (httpmime) writes text parts in ISO-8859-1 and
            // file names in ASCII, so Chinese ones would arrive as '?' (README: For portal developers)
            Path notice = Files.writeString(dir.resolve("flood-check-notice.txt"),
                    "关于开展防汛检查的通知\n\n一、检查范围\n各乡镇水库、堤防。\n二、时间安排\n六月底前完成。\n");
            UploadResponse uploaded = documents.uploadDocuments(List.of(notice.toFile()), null, null, "portal,example");
            UploadResult result = uploaded.getResults().get(0);
            assertEquals(UploadResult.StatusEnum.INDEXED, result.getStatus(), result.toString());
            String id = result.getId();

            Document edited = documents.editDocument(id, new MetadataEdit().type(MetadataEdit.TypeEnum.NOTICE)
                    .year(2015).unit(new MetadataEditUnit(List.of("县防汛办"))).tags(new MetadataEditUnit("示例")));
            assertEquals("通知", edited.getType());
            assertEquals(2015, edited.getYear());
            assertEquals(List.of("县防汛办"), edited.getUnits());
            assertEquals(List.of("示例"), edited.getTags());

            assertTrue(documents.deleteDocument(id).getDeleted());
            ErrorBody gone = refusal(() -> documents.getDocument(id), 404);
            assertEquals("not_found", gone.getCode());
            OneVoice.assertChinese(gone.getMessage());
            assertTrue(gone.getDetail().contains(id), gone.toString());
        } finally {
            TestServer.deleteTree(dir);
        }
        assertNoProblems();
    }

    @Test
    void theDictionaryAndTheSynonymsAreReplacedWithTheKey() throws Exception {
        VocabularyApi vocabulary = new VocabularyApi(client);
        try {
            assertEquals(List.of(), vocabulary.getDictionary().getTerms());
            assertEquals(List.of("星火督办台"), vocabulary.replaceDictionary(new Dictionary()
                    .terms(List.of("星火督办台", "星火督辦台"))).getTerms());
            assertEquals(List.of(List.of("摸底", "排查")), vocabulary.replaceSynonyms(new Synonyms()
                    .groups(List.of(List.of("摸底", "排查")))).getGroups());
            assertEquals(List.of(List.of("摸底", "排查")), vocabulary.getSynonyms().getGroups());
            assertEquals("星火督办台", analysis.analyzeText(new AnalyzeRequest().text("星火督办台")
                    .mode(AnalyzeRequest.ModeEnum.QUERY)).getTokens().get(0).getTerm());

            ErrorBody anonymous = refusal(() -> new VocabularyApi(clientWith(null))
                    .replaceSynonyms(new Synonyms().groups(List.of())), 401);
            assertEquals("unauthorized", anonymous.getCode());
            ErrorBody bad = refusal(() -> vocabulary.replaceDictionary(new Dictionary().terms(List.of("5G基站"))), 400);
            assertEquals("bad_request", bad.getCode());
            OneVoice.assertChinese(bad.getMessage());
        } finally {
            vocabulary.replaceDictionary(new Dictionary().terms(List.of()));
            vocabulary.replaceSynonyms(new Synonyms().groups(List.of()));
        }
        assertNoProblems();
    }

    @Test
    void theReadmesUploadWithChineseNameAndFieldsGoesThroughTheClientsPlumbing() throws Exception {
        Path seed = TestServer.seed().resolve("01_下派梅河口市总工会挂职半年工作总结.txt");
        HttpResponse<String> answer = postMultipart("/api/v1/documents",
                List.of(new Http.NamedBytes("副本_" + seed.getFileName(), (Files.readString(seed) + "\n特此报告。\n")
                        .getBytes(StandardCharsets.UTF_8))), List.of("type", "总结", "tags", "示例"));
        assertEquals(201, answer.statusCode(), answer.body());
        UploadResult result = strict.readValue(answer.body(), UploadResponse.class).getResults().get(0);
        assertEquals("副本_" + seed.getFileName(), result.getSource());
        assertEquals(idOf("seed/" + seed.getFileName()), result.getNearDuplicateOf(), result.toString());
        Document document = documents.getDocument(result.getId());
        assertEquals("总结", document.getType());
        assertEquals(List.of("示例"), document.getTags());
        documents.deleteDocument(result.getId());
        assertNoProblems();
    }

    @Test
    void writesWithoutTheKeyAreRefusedAndErrorsSpeakWithOneVoice() throws Exception {
        DocumentsApi anonymous = new DocumentsApi(clientWith(null));
        String id = idOf(SPEECH);
        ErrorBody unauthorized = refusal(() -> anonymous.deleteDocument(id), 401);
        assertEquals("unauthorized", unauthorized.getCode());
        OneVoice.assertChinese(unauthorized.getMessage());

        ErrorBody badSort = refusal(() -> search.searchDocuments(SearchApi.APISearchDocumentsRequest.newBuilder()
                .q("挂职").sort("popularity").build()), 400);
        assertEquals("bad_request", badSort.getCode());
        ErrorBody tooLong = refusal(() -> analysis.analyzeText(new AnalyzeRequest().text("字".repeat(100_001))), 413);
        assertEquals("payload_too_large", tooLong.getCode());
        ErrorBody noPassage = refusal(() -> similar.similarPassages(id + "-9999", 3), 404);
        assertEquals("not_found", noPassage.getCode());
        for (ErrorBody error : List.of(unauthorized, badSort, tooLong, noPassage)) {
            OneVoice.assertChinese(error.getMessage());
            assertNotNull(error.getDetail(), error.toString());
        }
        assertEquals(id, anonymous.getDocument(id).getId(), "reads need no key");
        assertNoProblems();
    }

    /** A call that should be refused with {@code status}; the error's body, read strictly. */
    private ErrorBody refusal(Call call, int status) throws IOException {
        ApiException refused = assertThrows(ApiException.class, call::run);
        assertEquals(status, refused.getCode(), refused.getResponseBody());
        return strict.readValue(refused.getResponseBody(), fanwen.client.model.Error.class).getError();
    }

    /** A call of the client that may throw what it throws. */
    private interface Call {
        void run() throws ApiException;
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: after every other test has called its operations
    void everyOperationOfTheDescriptionWasCalled() {
        Set<String> described = description.operations().stream().map(OpenApiChecker.Operation::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(described, new TreeSet<>(this.described.operationsCalled()));
        assertNoProblems();
    }

    private void assertNoProblems() {
        assertEquals(List.of(), described.takeProblems(), "answers that do not match the description");
    }

    /** The id of the document indexed from {@code source} (a path under the corpus). */
    private String idOf(String source) throws ApiException {
        String title = source.replaceFirst("^.*/\\d+_", "").replaceFirst("\\.txt$", "");
        return search.searchDocuments(SearchApi.APISearchDocumentsRequest.newBuilder().q(title).size(20)
                        .build()).getHits().stream().filter(hit -> hit.getSource().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no document from " + source)).getId();
    }

    /** Posts {@code files} and {@code fields} (name, value, …) as UTF-8 multipart form data through the client's plumbing. */
    private HttpResponse<String> postMultipart(String path, List<Http.NamedBytes> files, List<String> fields)
            throws IOException, InterruptedException {
        Http.Multipart form = Http.Multipart.of(files, fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl + path))
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
        client.getRequestInterceptor().accept(request);
        return client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
