package fanwen.bench.duplicates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import fanwen.bench.Corpora;
import fanwen.engine.Engine;
import fanwen.model.DataFolder;
import fanwen.model.ExtractionLimits;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.SourceFile;

/**
 * Near duplicates and the duplicate check, measured over the full corpus (the bundled reports and essays
 * plus the laws of {@code ../shared/corpus/laws.tar.gz}); see {@link CheckEvaluation} and
 * {@link NearDuplicateEvaluation} for what is built and counted. A fixed share of the laws is held out of
 * the index to give the drafts their original sentences.
 *
 * <p>Usage: {@code bench/run.sh duplicates [--laws PATH] [--variants N] [--drafts N] [--seed N]
 * [--reuse-index] [--check-only]}. Builds a fresh index under {@code bench/target/duplicates/} unless told to reuse the last
 * one (the variants are removed from it at the end of each run).
 */
public final class DuplicateBenchmark {

    private static final int HELD_OUT_LAWS = 150;

    public static void main(String[] args) throws Exception {
        Path laws = Corpora.DEFAULT_LAWS;
        int variantCount = 200;
        int draftCount = 40;
        long seed = 42;
        boolean reuse = false;
        boolean checkOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--laws" -> laws = Path.of(args[++i]);
                case "--variants" -> variantCount = Integer.parseInt(args[++i]);
                case "--drafts" -> draftCount = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--reuse-index" -> reuse = true;
                case "--check-only" -> checkOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Corpora.requireLaws(laws);
        Path work = Path.of("bench/target/duplicates");
        Path unpacked = Corpora.unpackLaws(laws, work.resolve("laws"));
        if (!reuse) {
            deleteTree(work.resolve("data"));
        }
        deleteTree(work.resolve("variants"));
        Random random = new Random(seed);
        try (Engine engine = Engine.open(new DataFolder(work.resolve("data")), ExtractionLimits.defaults(),
                Runtime.getRuntime().availableProcessors())) {
            List<SourceFile> all = engine.collect(List.of(Path.of("corpus"), unpacked)).files();
            Path lawsFolder = unpacked.toAbsolutePath().normalize();
            List<SourceFile> lawFiles = all.stream()
                    .filter(f -> f.path().toAbsolutePath().normalize().startsWith(lawsFolder)).toList();
            Set<SourceFile> heldOut = new HashSet<>();
            while (heldOut.size() < Math.min(HELD_OUT_LAWS, lawFiles.size() / 10)) {
                heldOut.add(lawFiles.get(random.nextInt(lawFiles.size())));
            }
            List<SourceFile> indexed = all.stream().filter(f -> !heldOut.contains(f)).toList();
            long started = System.nanoTime();
            List<IngestResult> ingested = engine.ingest(indexed, IngestListener.NONE);
            engine.commit();
            System.out.printf("indexed %d files in %.0f s (%d held out); %d documents, %d passages; java %s; %d cores%n%n",
                    indexed.size(), (System.nanoTime() - started) / 1e9, heldOut.size(),
                    engine.health().documents(), engine.health().passages(), Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            Set<String> lawSources = new HashSet<>();
            lawFiles.forEach(f -> lawSources.add(f.source()));
            Library library = Library.of(engine, ingested, lawSources);

            List<String> originals = originalSentences(heldOut, library);
            CheckEvaluation.run(engine, CheckEvaluation.drafts(library, originals, draftCount, random));
            if (checkOnly) {
                return;
            }
            NearDuplicateEvaluation.run(engine, library, NearDuplicateEvaluation.variants(library, variantCount, random),
                    work.resolve("variants"));
        }
    }

    /** Sentences of the held-out laws that do not occur (normalised) in any indexed document. */
    private static List<String> originalSentences(Set<SourceFile> heldOut, Library library) throws IOException {
        Set<String> known = new HashSet<>();
        library.docs().forEach(d -> d.sentences().forEach(s -> known.add(Sentences.kept(s))));
        List<String> out = new ArrayList<>();
        for (SourceFile f : heldOut.stream().sorted(Comparator.comparing(SourceFile::source)).toList()) {
            for (String s : Sentences.of(Files.readString(f.path()))) {
                if (!known.contains(Sentences.kept(s)) && s.length() <= 200) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
