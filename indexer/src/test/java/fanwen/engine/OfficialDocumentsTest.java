package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fanwen.model.DataFolder;
import fanwen.model.DocumentHit;
import fanwen.model.DocumentView;
import fanwen.model.ExtractionLimits;
import fanwen.model.Facet;
import fanwen.model.FacetCount;
import fanwen.model.Filters;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.MetadataEdit;
import fanwen.model.OfficialElements;
import fanwen.model.SearchQuery;
import fanwen.model.SortOrder;

/**
 * Official documents (公文) end to end: their elements read from a .docx, a .pdf and an .ofd, returned with the
 * document, searched by 文号 in any bracket style, faceted and filtered by 发文机关, and corrected by the user.
 */
class OfficialDocumentsTest {

    /** A work summary that cites the 文号 of gw04 three times: found by it, but after gw04 itself. */
    private static final String CITING = """
            关于贯彻落实长府发〔2018〕26号文件的工作总结
            根据长府发〔2018〕26号文件要求，我局开展了校园食品安全专项整治。
            一、主要做法
            对照长府发〔2018〕26号文件，逐项抓好落实。
            """;

    @TempDir
    static Path temp;
    static Engine engine;
    /** File name → document id. */
    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void indexTheFixtures() throws IOException, URISyntaxException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (String fixture : List.of("gw02.docx", "gw04.pdf", "gw05.ofd", "gw13.pdf", "gw17.docx")) {
            Files.copy(Truth.folder().resolve(fixture), in.resolve(fixture));
        }
        Files.writeString(in.resolve("citing.txt"), CITING);
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        for (IngestResult result : engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE)) {
            ids.put(result.source(), result.id().orElseThrow(() -> new AssertionError(result.toString())));
        }
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<String> found(SearchQuery query) throws IOException {
        return engine.searchDocuments(query).hits().stream().map(DocumentHit::source).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gw02.docx", "gw04.pdf", "gw05.ofd", "gw13.pdf", "gw17.docx"})
    void theElementsOfEachFormatAreReturnedWithTheDocument(String file) throws IOException {
        Truth truth = Truth.of(file);
        DocumentView doc = engine.document(ids.get(file)).orElseThrow();
        OfficialElements o = doc.official();
        assertAll(
                () -> assertEquals(truth.get("doc_number"), o.docNumber().orElse("")),
                () -> assertEquals(truth.get("issuer"), String.join("|", o.issuers())),
                () -> assertEquals(truth.get("signer"), o.signer().orElse("")),
                () -> assertEquals(truth.get("recipients"), o.recipients().orElse("")),
                () -> assertEquals(truth.get("cc"), o.cc().orElse("")),
                () -> assertEquals(truth.get("security_level"), o.securityLevel().orElse("")),
                () -> assertEquals(truth.get("urgency"), o.urgency().orElse("")),
                () -> assertEquals(truth.get("copy_number"), o.copyNumber().orElse("")),
                () -> assertEquals(truth.get("attachments"), String.join("|", o.attachments())),
                () -> assertEquals(truth.get("printed_by"), o.printedBy().orElse("")),
                () -> assertEquals(truth.get("printed_date"), o.printedDate().map(LocalDate::toString).orElse("")),
                () -> assertEquals(truth.get("title"), doc.title()),
                () -> assertEquals(Optional.of(truth.get("date")), doc.date(), "成文日期 is the document's date"),
                () -> assertEquals(List.of(truth.get("issuer").split("\\|")), doc.units(),
                        "the issuing units are the 发文机关, not the organs of 主送 and 抄送"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"长府发〔2018〕26号", "长府发[2018]26号", "长府发［2018］26号", "长府发(2018)26号",
            "长府发（2018）26号", "长府发【2018】26号", "长府发2018年26号", "长府发〔2018〕第26号", "长府发 〔2018〕 26 号",
            "\"长府发〔2018〕26号\""})
    void aDocNumberInAnyBracketStyleFindsItsDocumentFirst(String query) throws IOException {
        List<String> hits = found(SearchQuery.of(query));
        assertEquals("gw04.pdf", hits.get(0), hits.toString());
    }

    @Test
    void theDocumentWithTheDocNumberOutranksOneThatCitesItMoreOften() throws IOException {
        assertEquals(List.of("gw04.pdf", "citing.txt"), found(SearchQuery.of("长府发〔2018〕26号")));
        assertEquals("citing.txt", found(SearchQuery.of("长府发〔2018〕26号 工作总结")).get(0),
                "with other words the query is no longer a 文号 alone");
    }

    @Test
    void issuerIsAFacetAndAFilterGivenApartOrInTheQuery() throws IOException {
        List<FacetCount> issuers = engine.searchDocuments(SearchQuery.of("")).facets().get(Facet.ISSUER);
        assertTrue(issuers.contains(new FacetCount("长春市人民政府", 1)), issuers.toString());
        assertTrue(issuers.contains(new FacetCount("梅河口市人民政府办公室", 1)), issuers.toString());

        Filters changchun = new Filters(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of("长春市人民政府"));
        assertEquals(List.of("gw04.pdf"), found(new SearchQuery("", changchun, SortOrder.RELEVANCE, 1, 10)));
        assertEquals(List.of("gw04.pdf"), found(SearchQuery.of("发文机关:长春市人民政府 校园食品安全")));
        assertEquals(List.of("gw05.ofd"), found(SearchQuery.of("issuer:梅河口市人民政府办公室")));
    }

    @Test
    void aCorrectedElementIsSearchableAndKeptWhenTheIndexIsBuiltAgain() throws IOException {
        Path in = Files.createDirectories(temp.resolve("edited"));
        Files.copy(Truth.folder().resolve("gw13.pdf"), in.resolve("gw13.pdf"));
        DataFolder folder = new DataFolder(temp.resolve("edited-data"));
        MetadataEdit edit = new MetadataEdit(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new OfficialElements(Optional.of("西政发〔2018〕71号"),
                List.of("杭州市西湖区人民政府", "杭州市西湖区农业农村局"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("特急"), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty()));
        String id;
        try (Engine edited = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            id = edited.ingest(edited.collect(List.of(in)).files(), IngestListener.NONE).get(0).id().orElseThrow();
            assertTrue(edited.editMetadata(id, edit));
            assertCorrected(edited, id);
        }
        try (Stream<Path> index = Files.walk(folder.index())) {
            index.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Engine reopened = Engine.open(folder, ExtractionLimits.defaults(), 1)) {
            reopened.ingest(reopened.collect(List.of(in)).files(), IngestListener.NONE);
            assertCorrected(reopened, id);
        }
    }

    private static void assertCorrected(Engine engine, String id) throws IOException {
        OfficialElements o = engine.document(id).orElseThrow().official();
        assertEquals(Optional.of("西政发〔2018〕71号"), o.docNumber());
        assertEquals(List.of("杭州市西湖区人民政府", "杭州市西湖区农业农村局"), o.issuers());
        assertEquals(Optional.of("特急"), o.urgency());
        assertEquals(Optional.of("张志强"), o.signer(), "what was not corrected is still what was found");
        assertEquals(List.of(id), engine.searchDocuments(SearchQuery.of("西政发[2018]71号")).hits().stream()
                .map(DocumentHit::id).toList());
        assertEquals(List.of(id), engine.searchDocuments(SearchQuery.of("发文机关:杭州市西湖区农业农村局")).hits()
                .stream().map(DocumentHit::id).toList());
    }

    /** One row of the fixtures' {@code truth.tsv}: the element values each fixture was made with. */
    private record Truth(Map<String, String> values) {

        static Path folder() throws IOException {
            try {
                return Path.of(OfficialDocumentsTest.class.getResource("/gongwen/truth.tsv").toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }

        static Truth of(String file) throws IOException {
            List<String> lines = Files.readAllLines(folder().resolve("truth.tsv"));
            String[] header = lines.get(0).split("\t", -1);
            String id = file.substring(0, file.indexOf('.'));
            String[] row = lines.stream().filter(l -> l.startsWith(id + "\t")).findFirst().orElseThrow()
                    .split("\t", -1);
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                values.put(header[i], row[i]);
            }
            return new Truth(values);
        }

        String get(String element) {
            return values.get(element);
        }
    }
}
