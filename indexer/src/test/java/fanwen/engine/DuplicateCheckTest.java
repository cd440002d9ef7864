package fanwen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import fanwen.fingerprint.NormalizedText;
import fanwen.model.CheckMatch;
import fanwen.model.CheckReport;
import fanwen.model.CopiedSpan;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.store.StoreKind;

/**
 * The duplicate check of drafts against the seed essays and the national reports, on a real index: the embedded one
 * and an OpenSearch cluster's.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DuplicateCheckTest {

    /** The store the library's index is in for this run of the class. */
    @Parameter
    StoreKind store;

    @TempDir
    static Path temp;
    static Engine engine;
    /** Seed file name prefix ("01_") → document id. */
    static final Map<String, String> IDS = new TreeMap<>();

    @BeforeParameterizedClassInvocation
    static void index(StoreKind kind) throws IOException {
        IDS.clear();
        engine = Engine.open(new DataFolder(temp.resolve(kind.name()).resolve("data")), kind.newCluster(),
                ExtractionLimits.defaults(), 2);
        List<IngestResult> results = engine.ingest(engine.collect(
                List.of(TestCorpus.seed(), TestCorpus.nationalReports())).files(), IngestListener.NONE);
        engine.commit();
        for (IngestResult r : results) {
            if (r.source().contains("seed") || r.source().matches("\\d\\d_.*")) {
                String name = Path.of(r.source()).getFileName().toString();
                IDS.put(name.substring(0, 3), r.id().orElseThrow());
            }
        }
        assertEquals(12, IDS.size(), IDS.toString());
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void anEssayWithATenthOfItsSentencesRewordedIsFoundWithItsSpans() throws IOException {
        String original = seedText("05_");
        List<String> sentences = sentences(original);
        List<Integer> reworded = new ArrayList<>();
        StringBuilder draft = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (i % 10 == 3 && NormalizedText.of(s).length() > 20) {
                s = reword(s);
                reworded.add(draft.length());
            }
            draft.append(s);
        }
        assertTrue(reworded.size() >= 3, "the essay has enough sentences to reword");

        CheckReport report = engine.check(draft.toString());

        assertTrue(report.ratio() > 0.9, "ratio " + report.ratio());
        CheckMatch top = report.matches().get(0);
        assertEquals(IDS.get("05_"), top.docId());
        Set<String> sources = report.matches().stream().map(CheckMatch::docId).collect(Collectors.toSet());
        assertEquals(Set.of(IDS.get("05_")), sources, "everything comes from the one essay");
        String source = engine.document(IDS.get("05_")).orElseThrow().text();
        int differing = 0;
        for (CheckMatch match : report.matches()) {
            for (CopiedSpan span : match.spans()) {
                String copied = NormalizedText.of(draft.substring(span.draftStart(), span.draftEnd())).toString();
                String found = NormalizedText.of(source.substring(span.sourceStart(), span.sourceEnd())).toString();
                assertEquals(copied.length(), found.length(), copied + " | " + found);
                for (int i = 0; i < copied.length(); i++) {
                    differing += copied.charAt(i) != found.charAt(i) ? 1 : 0;
                }
            }
        }
        assertEquals(2 * reworded.size(), differing, "exactly the reworded characters differ");
        for (int start : reworded) {
            assertTrue(covered(report, start + 5), "the reworded sentence at " + start + " is still found");
        }
    }

    @Test
    void anUnrelatedTextIsNotCopied() throws IOException {
        String draft = """
                周末的早晨，我们一家人去郊外的湖边野餐。妈妈准备了三明治和水果，爸爸带上了钓鱼竿。
                湖水清澈见底，几只白鹭在浅滩上悠闲地踱步，远处的山峦笼罩在薄薄的雾气中。
                弟弟追着蝴蝶跑来跑去，不小心摔了一跤，却笑得更开心了。傍晚回家的路上，大家都累了，
                车里安静下来，只听见收音机里轻轻播放着一首老歌。
                """;
        CheckReport report = engine.check(draft);
        assertTrue(report.ratio() < 0.02, "ratio " + report.ratio() + " " + report.matches());
    }

    @Test
    void aDraftAssembledFromThreeDocumentsNamesAllThree() throws IOException {
        String a = paragraphOf(seedText("01_"), 1);
        String b = paragraphOf(seedText("09_"), 0);
        String c = paragraphOf(seedText("11_"), 0);
        String own = "本文是根据工作需要新写的一段文字，用来连接前后内容，并不来自资料库。";
        String draft = a + "\n" + own + "\n" + b + "\n" + c + "\n";

        CheckReport report = engine.check(draft);

        Set<String> sources = report.matches().stream().map(CheckMatch::docId).collect(Collectors.toSet());
        assertTrue(sources.containsAll(Set.of(IDS.get("01_"), IDS.get("09_"), IDS.get("11_"))), report.toString());
        assertFalse(covered(report, draft.indexOf(own) + 5), "the new sentence is not marked");
        int ownKept = NormalizedText.of(own).length();
        int allKept = NormalizedText.of(draft).length();
        assertEquals(1.0 - (double) ownKept / allKept, report.ratio(), 0.03, uncovered(report, draft));
        for (CheckMatch match : report.matches()) {
            String source = engine.document(match.docId()).orElseThrow().text();
            for (CopiedSpan span : match.spans()) {
                assertEquals(NormalizedText.of(draft.substring(span.draftStart(), span.draftEnd())).toString(),
                        NormalizedText.of(source.substring(span.sourceStart(), span.sourceEnd())).toString());
            }
        }
    }

    @Test
    void anEmptyOrPunctuationOnlyDraftHasNothingCopied() throws IOException {
        assertEquals(0.0, engine.check("").ratio());
        assertEquals(0.0, engine.check("。。，，！？\n\n").ratio());
    }

    /** The draft with its copied spans bracketed, for failure messages. */
    private static String uncovered(CheckReport report, String draft) {
        List<CopiedSpan> spans = report.matches().stream().flatMap(m -> m.spans().stream())
                .sorted(java.util.Comparator.comparingInt(CopiedSpan::draftStart)).toList();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (CopiedSpan s : spans) {
            out.append(draft, at, s.draftStart()).append('[').append(draft, s.draftStart(), s.draftEnd()).append(']');
            at = s.draftEnd();
        }
        return out.append(draft.substring(at)).toString();
    }

    private static boolean covered(CheckReport report, int draftOffset) {
        return report.matches().stream().flatMap(m -> m.spans().stream())
                .anyMatch(s -> s.draftStart() <= draftOffset && draftOffset < s.draftEnd());
    }

    /** Replaces two chars in the middle of a sentence (a reworded phrase of the same length). */
    private static String reword(String sentence) {
        int at = sentence.length() / 2;
        while (!Character.isIdeographic(sentence.charAt(at)) || !Character.isIdeographic(sentence.charAt(at + 1))) {
            at++;
        }
        return sentence.substring(0, at) + "某某" + sentence.substring(at + 2);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。！？\n".indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * The {@code n}-th paragraph of at least 80 chars that opens with body text, not with a heading marker
     * (headings are not part of the library's passages).
     */
    private static String paragraphOf(String text, int n) {
        List<String> body = text.lines().map(String::strip)
                .filter(l -> l.length() >= 80 && Character.isIdeographic(l.charAt(0)) && "一二三四五六七八九十".indexOf(l.charAt(0)) < 0)
                .toList();
        return body.get(n);
    }

    private static String seedText(String prefix) throws IOException {
        try (var files = Files.list(TestCorpus.seed())) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }
}
