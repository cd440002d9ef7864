package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fanwen.model.AnalysisMode;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.PassageHit;
import fanwen.model.RejectedVocabulary;
import fanwen.model.SearchQuery;
import fanwen.model.SynonymGroup;
import fanwen.model.Token;

/**
 * The user's dictionary and synonyms change while the library serves: a new term is one query word at once, the
 * documents holding it are analysed again in the background (their snippets then mark the whole word), a synonym
 * finds the documents written with the other word, and all of it outlives a restart and a backup.
 */
class UserVocabularyTest {

    private static final String TERM = "星火督办台";
    private static final Map<String, String> TEXTS = Map.of(
            "督办台.txt", """
                    关于启用星火督办台的通知

                    一、总体要求
                    即日起，各科室通过星火督办台报送重点任务进展，星火督办台每周汇总一次。
                    二、工作要求
                    各科室要明确专人负责，按时报送。
                    """,
            "台账.txt", """
                    关于规范督办工作的意见

                    一、星火燎原
                    基层首创精神如星火燎原，要及时总结推广。
                    二、挂牌督办
                    重点任务实行挂牌督办，建立台账，销号管理。
                    """,
            "河湖.txt", """
                    全面推行河湖长制工作方案

                    一、主要任务
                    落实河湖长制，各级河湖长履行巡河职责，开展安全隐患排查。
                    """);

    @TempDir
    Path temp;

    private DataFolder folder;
    private Engine engine;

    @BeforeEach
    void indexTheTexts() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (Map.Entry<String, String> text : TEXTS.entrySet()) {
            Files.writeString(in.resolve(text.getKey()), text.getValue());
        }
        folder = new DataFolder(temp.resolve("data"));
        engine = Engine.open(folder, ExtractionLimits.defaults(), 1);
        engine.ingest(engine.collect(List.of(in)).files(), IngestListener.NONE);
    }

    @AfterEach
    void close() throws IOException {
        engine.close();
        Engine.loadDictionaries(new DataFolder(temp.resolve("empty"))); // the next test starts without these words
    }

    @Test
    void aNewTermIsOneQueryWordAtOnceAndItsDocumentsAreAnalysedAgain() throws Exception {
        assertEquals(List.of("星火", "督办", "台"), queryWords(TERM));
        assertEquals(List.of("台账.txt", "督办台.txt"), sorted(documents(TERM)), "its parts apart are found too");

        assertEquals(List.of(TERM), engine.addDictionaryTerms(List.of(TERM)));

        assertEquals(List.of(TERM), queryWords(TERM), "the next query sees the term");
        assertEquals(List.of("督办台.txt"), documents(TERM), "only the document holding it as one word");
        awaitReanalysis();
        assertEquals(List.of("督办台.txt"), documents(TERM));
        List<PassageHit> passages = engine.searchPassages(SearchQuery.of(TERM)).hits();
        assertFalse(passages.isEmpty());
        assertTrue(passages.get(0).snippet().html().contains("<mark>" + TERM + "</mark>"), passages.get(0).snippet().html());
        assertTrue(engine.searchDocuments(SearchQuery.of(TERM)).hits().get(0).snippets().stream()
                .anyMatch(s -> s.html().contains("<mark>" + TERM + "</mark>")), "the document's snippets mark the word");
    }

    @Test
    void aTermTakenOutIsSplitAgain() throws Exception {
        engine.addDictionaryTerms(List.of(TERM, "巡河职责"));
        awaitReanalysis();
        assertEquals(List.of("巡河职责"), engine.removeDictionaryTerms(List.of(TERM)));
        assertEquals(List.of("星火", "督办", "台"), queryWords(TERM));
        awaitReanalysis();
        assertEquals(List.of("台账.txt", "督办台.txt"), sorted(documents(TERM)));
    }

    @Test
    void aSynonymOfStockWordsFindsTheOtherWordAtOnce() throws Exception {
        assertEquals(List.of(), documents("摸底"));
        engine.addSynonyms(new SynonymGroup(List.of("摸底", "排查")));
        assertEquals(List.of("河湖.txt"), documents("摸底"));
        assertTrue(engine.health().reanalysing().isEmpty(), "stock words change no segmentation");
    }

    @Test
    void aSynonymWrittenAsSeveralWordsIsOneWordAndFindsTheOtherOnceItsDocumentsAreAnalysedAgain() throws Exception {
        assertEquals(List.of(), documents("河长制"));
        List<SynonymGroup> stored = engine.addSynonyms(new SynonymGroup(List.of("河长制", "河湖长制")));
        assertEquals(List.of(new SynonymGroup(List.of("河长制", "河湖长制"))), stored);
        assertEquals(List.of("河湖长制"), queryWords("河湖长制"));
        awaitReanalysis();
        assertEquals(List.of("河湖.txt"), documents("河长制"));
    }

    @Test
    void termsAndSynonymsOutliveARestartAndABackup() throws Exception {
        engine.replaceDictionaryTerms(List.of(TERM));
        engine.replaceSynonyms(List.of(new SynonymGroup(List.of("摸底", "排查"))));
        awaitReanalysis();
        engine.close();
        Engine.loadDictionaries(new DataFolder(temp.resolve("empty")));
        assertEquals(List.of("星火", "督办", "台"), queryWords(TERM));

        engine = Engine.open(folder, ExtractionLimits.defaults(), 1);
        assertEquals(List.of(TERM), engine.dictionaryTerms());
        assertEquals(List.of(TERM), queryWords(TERM));
        assertEquals(List.of("河湖.txt"), documents("摸底"));

        Path backup = temp.resolve("backup");
        Engine.backup(folder, backup);
        DataFolder restored = new DataFolder(temp.resolve("restored"));
        Engine.restore(backup, restored);
        engine.close();
        engine = Engine.open(restored, ExtractionLimits.defaults(), 1);
        assertEquals(List.of(TERM), engine.dictionaryTerms());
        assertEquals(List.of(new SynonymGroup(List.of("摸底", "排查"))), engine.synonyms());
    }

    @Test
    void workCutShortIsTakenUpOnTheNextStart() throws Exception {
        Files.createDirectories(folder.dictionaries());
        Files.writeString(folder.pendingReanalysis(), "巡河职责\n");
        Files.writeString(folder.userTerms(), "巡河职责\n");
        engine.close();
        engine = Engine.open(folder, ExtractionLimits.defaults(), 1);
        awaitReanalysis();
        assertFalse(Files.exists(folder.pendingReanalysis()));
        assertTrue(engine.searchPassages(SearchQuery.of("巡河职责")).hits().get(0).snippet().html()
                .contains("<mark>巡河职责</mark>"));
    }

    @Test
    void badTermsAndGroupsAreRefusedWholeWithTheReason() throws Exception {
        engine.replaceDictionaryTerms(List.of(TERM));
        assertRefused(() -> engine.replaceDictionaryTerms(List.of("挂职锻炼", " ")), "不能为空");
        assertRefused(() -> engine.replaceDictionaryTerms(List.of("督办", "5G基站")), "只能由汉字组成");
        assertRefused(() -> engine.replaceDictionaryTerms(List.of("督")), "应为 2–32 个汉字");
        assertRefused(() -> engine.replaceDictionaryTerms(List.of("长".repeat(33))), "应为 2–32 个汉字");
        assertRefused(() -> engine.replaceDictionaryTerms(IntStream.range(0, 10_001).mapToObj(i -> "词"
                + String.format("%05d", i).chars().mapToObj(d -> "十一二三四五六七八九".substring(d - '0', d - '0' + 1))
                .collect(Collectors.joining())).toList()), "词条太多");
        assertRefused(() -> engine.replaceSynonyms(List.of(new SynonymGroup(List.of("摸底", "摸底")))),
                "至少要有两个不同的词");
        assertEquals(List.of(TERM), engine.dictionaryTerms(), "nothing of a refused list is stored");
    }

    @Test
    void wordsAreFoldedAndGroupsSharingAWordMerged() throws Exception {
        assertEquals(List.of("督办台账"), engine.replaceDictionaryTerms(List.of(" 督辦台賬 ", "督办台账")));
        assertEquals(List.of(new SynonymGroup(List.of("摸底", "排查", "清查"))), engine.replaceSynonyms(List.of(
                new SynonymGroup(List.of("摸底", "排查")), new SynonymGroup(List.of("清查", "排查")))));
        assertEquals(List.of(new SynonymGroup(List.of("摸底", "清查"))), engine.removeSynonyms(List.of("排查")));
    }

    private static void assertRefused(Attempt attempt, String reason) {
        RejectedVocabulary refused = assertThrows(RejectedVocabulary.class, attempt::run);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private List<String> queryWords(String text) {
        return engine.analyze(text, AnalysisMode.QUERY).stream().map(Token::term).toList();
    }

    private List<String> documents(String query) throws IOException {
        return engine.searchDocuments(SearchQuery.of(query)).hits().stream()
                .map(hit -> Path.of(hit.source()).getFileName().toString()).toList();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private void awaitReanalysis() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (engine.health().reanalysing().isPresent()) {
            assertTrue(System.nanoTime() < deadline, "the documents were not analysed again within a minute");
            Thread.sleep(20);
        }
    }
}
