package fanwen.bench.duplicates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import fanwen.engine.Engine;
import fanwen.model.CheckMatch;
import fanwen.model.CheckReport;
import fanwen.model.CopiedSpan;

/**
 * The duplicate check on drafts of about 5,000 chars assembled from one to three library documents and from
 * original sentences (taken from laws held out of the index, and not found verbatim in it). Copied sentences
 * are edited as a writer would: some reworded, some re-punctuated, some with two clauses swapped. Measures
 * the character-level precision and recall of the reported spans (letters and digits only), whether every
 * source is named, and the check's latency.
 */
final class CheckEvaluation {

    static final int DRAFT_CHARS = 5_000;

    /** A draft and, per char, whether it was copied. */
    record Draft(String text, boolean[] copied, Set<String> sources) {
    }

    private CheckEvaluation() {
    }

    static List<Draft> drafts(Library library, List<String> originalSentences, int count, Random random) {
        List<Library.Doc> sources = library.docs().stream().filter(d -> d.sentences().size() >= 12).toList();
        List<Draft> drafts = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int sourceCount = 1 + n % 3;
            List<Library.Doc> picked = new ArrayList<>();
            while (picked.size() < sourceCount) {
                Library.Doc d = sources.get(random.nextInt(sources.size()));
                if (!picked.contains(d)) {
                    picked.add(d);
                }
            }
            StringBuilder text = new StringBuilder();
            List<int[]> copiedRanges = new ArrayList<>();
            for (int run = 0; text.length() < DRAFT_CHARS; run++) {
                if (run % 2 == 0) {
                    Library.Doc d = picked.get((run / 2) % picked.size());
                    int length = 3 + random.nextInt(4);
                    int from = random.nextInt(Math.max(1, d.sentences().size() - length));
                    for (int i = from; i < Math.min(d.sentences().size(), from + length); i++) {
                        int start = text.length();
                        text.append(edit(d.sentences().get(i), random));
                        copiedRanges.add(new int[]{start, text.length()});
                    }
                } else {
                    for (int i = 2 + random.nextInt(4); i > 0; i--) {
                        text.append(originalSentences.get(random.nextInt(originalSentences.size())));
                    }
                }
                text.append('\n');
            }
            String draft = text.length() > DRAFT_CHARS ? text.substring(0, DRAFT_CHARS) : text.toString();
            boolean[] copied = new boolean[draft.length()];
            for (int[] r : copiedRanges) {
                Arrays.fill(copied, Math.min(r[0], draft.length()), Math.min(r[1], draft.length()), true);
            }
            Set<String> ids = new HashSet<>();
            picked.forEach(d -> ids.add(d.id()));
            drafts.add(new Draft(draft, copied, ids));
        }
        return drafts;
    }

    /**
     * Character similarity from which a reported span counts as truly found in its source, whatever the
     * draft's construction says (an "original" sentence of a held-out law may well stand nearly verbatim in
     * an indexed one: laws share their stock clauses).
     */
    static final double CONFIRMED = 0.8;

    /** 1 − Levenshtein distance / the longer length: 1 for equal strings. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }

    private static String textOf(Engine engine, String id) {
        try {
            return engine.document(id).orElseThrow().text();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String edit(String sentence, Random random) {
        double p = random.nextDouble();
        if (p < 0.15) {
            return Edits.reword(sentence, random);
        } else if (p < 0.25) {
            return Edits.repunctuate(sentence, random);
        } else if (p < 0.35) {
            return Edits.swapClauses(sentence);
        }
        return sentence;
    }

    static void run(Engine engine, List<Draft> drafts) throws IOException {
        for (int i = 0; i < Math.min(10, drafts.size()); i++) {
            engine.check(drafts.get(i).text()); // warm-up
        }
        long truePositive = 0;
        long falsePositive = 0;
        long confirmedBySource = 0;
        java.util.Map<String, String> sourceTexts = new java.util.HashMap<>();
        long falseNegative = 0;
        int sourcesNamed = 0;
        int sourcesTotal = 0;
        double[] millis = new double[drafts.size()];
        int examples = 5;
        for (int n = 0; n < drafts.size(); n++) {
            Draft draft = drafts.get(n);
            long started = System.nanoTime();
            CheckReport report = engine.check(draft.text());
            millis[n] = (System.nanoTime() - started) / 1e6;
            boolean[] reported = new boolean[draft.text().length()];
            boolean[] sameAsSource = new boolean[draft.text().length()];
            Set<String> named = new HashSet<>();
            for (CheckMatch m : report.matches()) {
                named.add(m.docId());
                String source = sourceTexts.computeIfAbsent(m.docId(), id -> textOf(engine, id));
                for (CopiedSpan s : m.spans()) {
                    Arrays.fill(reported, s.draftStart(), s.draftEnd(), true);
                    String copied = Sentences.kept(draft.text().substring(s.draftStart(), s.draftEnd()));
                    String found = Sentences.kept(source.substring(s.sourceStart(), s.sourceEnd()));
                    if (similarity(copied, found) >= CONFIRMED) {
                        Arrays.fill(sameAsSource, s.draftStart(), s.draftEnd(), true);
                    } else if (examples-- > 0) {
                        System.err.printf("unconfirmed span (%.2f): %s%n    source: %s%n", similarity(copied, found),
                                copied, found);
                    }
                }
            }
            for (int i = 0; i < reported.length; i++) {
                if (!Character.isLetterOrDigit(draft.text().charAt(i))) {
                    continue;
                }
                if (reported[i] && draft.copied()[i]) {
                    truePositive++;
                } else if (reported[i]) {
                    falsePositive++;
                    confirmedBySource += sameAsSource[i] ? 1 : 0;
                } else if (draft.copied()[i]) {
                    falseNegative++;
                }
            }
            sourcesTotal += draft.sources().size();
            sourcesNamed += (int) draft.sources().stream().filter(named::contains).count();
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| duplicate check | drafts | span precision | precision, source-confirmed"
                + " | span recall | sources named | median ms | p90 ms | max ms |%n|---|---|---|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %d-char drafts, 1–3 sources | %d | %.3f | %.3f | %.3f | %d/%d | %.0f | %.0f | %.0f |%n%n",
                DRAFT_CHARS, drafts.size(), (double) truePositive / (truePositive + falsePositive),
                (double) (truePositive + confirmedBySource) / (truePositive + falsePositive),
                (double) truePositive / (truePositive + falseNegative), sourcesNamed, sourcesTotal,
                millis[millis.length / 2], millis[(int) (millis.length * 0.9)], millis[millis.length - 1]);
    }
}
