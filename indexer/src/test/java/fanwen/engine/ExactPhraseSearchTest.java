package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.SearchQuery;

/**
 * A quoted phrase finds the texts that hold it as written and no other: not one where its words only line up
 * through a sub-word the index stacks inside a longer word (the robustness tests' marker 标记零之一一终 in a text
 * holding 标记零之二一一终), while a phrase that runs through such a word, or starts inside it, is found.
 */
class ExactPhraseSearchTest {

    @TempDir
    static Path temp;
    static Engine engine;

    @BeforeAll
    static void indexTwoTexts() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("marker.txt"), """
                关于标记零之二一一终的工作总结
                一、主要工作
                今年围绕标记零之二一一终加强管理，推进改革，落实安全生产责任。
                """);
        Files.writeString(in.resolve("union.txt"), """
                下派挂职工作总结
                按照省总工会安排，我下派到梅河口市总工会担任主席助理职务。
                """);
        engine = Engine.open(new DataFolder(temp.resolve("data")), ExtractionLimits.defaults(), 2);
        engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    private static List<String> found(String query) throws IOException {
        return engine.searchDocuments(SearchQuery.of(query)).hits().stream()
                .map(hit -> Path.of(hit.source()).getFileName().toString()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"标记零之一一终", "总工担任", "河口总工会"})
    void aPhraseIsNotFoundThroughAStackedSubWord(String phrase) throws IOException {
        assertEquals(List.of(), found("\"" + phrase + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"标记零之二一一终", "围绕标记零之二一一终加强管理"})
    void aMarkerIsFoundAsWritten(String phrase) throws IOException {
        assertEquals(List.of("marker.txt"), found("\"" + phrase + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"梅河口市总工会担任主席", "省总工会安排", "总工会担任", "工会担任", "河口市总工会"})
    void aPhraseThroughOrIntoAWordWithSubWordsIsFound(String phrase) throws IOException {
        assertEquals(List.of("union.txt"), found("\"" + phrase + "\""));
    }
}
