package fanwen.bench.duplicates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fanwen.engine.Engine;
import fanwen.fingerprint.NormalizedText;
import fanwen.fingerprint.Shingles;
import fanwen.model.IngestListener;
import fanwen.model.IngestResult;
import fanwen.model.NearDuplicate;
import fanwen.model.SimilarDocument;
import fanwen.similar.NearDuplicateFinder;

/**
 * Near-duplicate detection on variants made from library documents — 5–30 % of their sentences reworded,
 * reordered, deleted, or replaced by sentences of another document, and every year moved on by one — and
 * on the laws that the corpus holds in several dated versions.
 *
 * <p>A variant's near duplicate is right when it is its source, or a document that is itself a near
 * duplicate of the source (exact resemblance ≥ the threshold), or a variant of such a document. Law versions (same title) count as near
 * duplicates when their exact resemblance reaches the threshold; a version rewritten from scratch is
 * reported apart (it should still be listed first among similar documents, which is measured too).
 */
final class NearDuplicateEvaluation {

    enum Kind { REWORDED, REORDERED, DELETED, MIXED }

    record Variant(Kind kind, double rate, Library.Doc source, String text) {
    }

    private NearDuplicateEvaluation() {
    }

    static List<Variant> variants(Library library, int count, Random random) {
        List<Library.Doc> sources = new ArrayList<>(library.docs().stream()
                .filter(d -> d.sentences().size() >= 20).toList());
        Collections.shuffle(sources, random);
        List<Variant> variants = new ArrayList<>();
        for (int n = 0; n < Math.min(count, sources.size()); n++) {
            Library.Doc source = sources.get(n);
            Kind kind = Kind.values()[n % Kind.values().length];
            double rate = 0.05 + 0.25 * random.nextDouble();
            List<String> sentences = new ArrayList<>(source.sentences());
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                chosen.add(i);
            }
            Collections.shuffle(chosen, random);
            chosen = new ArrayList<>(chosen.subList(0, Math.max(1, (int) Math.round(rate * sentences.size()))));
            switch (kind) {
                case REWORDED -> chosen.forEach(i -> sentences.set(i, Edits.reword(sentences.get(i), random)));
                case REORDERED -> {
                    List<String> moved = chosen.stream().map(sentences::get).collect(Collectors.toList());
                    Collections.shuffle(moved, random);
                    List<Integer> slots = chosen.stream().sorted().toList();
                    for (int i = 0; i < slots.size(); i++) {
                        sentences.set(slots.get(i), moved.get(i));
                    }
                }
                case DELETED -> chosen.stream().sorted(Collections.reverseOrder())
                        .forEach(i -> sentences.remove((int) i));
                case MIXED -> {
                    Library.Doc other = sources.get((n + 1 + random.nextInt(sources.size() - 1)) % sources.size());
                    for (int i = 0; i < chosen.size(); i++) {
                        sentences.set(chosen.get(i), other.sentences().get(i % other.sentences().size()));
                    }
                }
            }
            variants.add(new Variant(kind, rate, source, Edits.nextYear(String.join("\n", sentences))));
        }
        return variants;
    }

    static void run(Engine engine, Library library, List<Variant> variants, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "variant-%04d.txt", i));
            Files.writeString(file, variants.get(i).text());
            files.add(file);
        }
        List<IngestResult> results = engine.ingest(engine.collect(files).files(), IngestListener.NONE);
        engine.commit();
        Map<String, String> idByFile = new HashMap<>();
        results.forEach(r -> r.id().ifPresent(id -> idByFile.put(Path.of(r.source()).getFileName().toString(), id)));
        Map<String, Library.Doc> byId = new HashMap<>();
        library.docs().forEach(d -> byId.put(d.id(), d));
        Map<String, Library.Doc> sourceOfVariant = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            sourceOfVariant.put(idByFile.get(files.get(i).getFileName().toString()), variants.get(i).source());
        }

        int flaggedPairs = 0;
        int rightPairs = 0;
        Map<String, int[]> recall = new TreeMap<>(); // bucket → {found, total}
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            String id = idByFile.get(files.get(i).getFileName().toString());
            List<NearDuplicate> flagged = engine.nearDuplicates(id).orElseThrow();
            boolean found = flagged.stream().anyMatch(f -> f.id().equals(v.source().id()));
            for (NearDuplicate f : flagged) {
                flaggedPairs++;
                // another variant stands for its source: two variants of near-duplicate sources are alike
                Library.Doc other = byId.getOrDefault(f.id(), sourceOfVariant.get(f.id()));
                if (f.id().equals(v.source().id()) || (other != null && resemblance(other, v.source())
                        >= NearDuplicateFinder.THRESHOLD)) {
                    rightPairs++;
                } else {
                    System.err.printf(Locale.ROOT, "wrong pair: variant of %s (%s %.2f) ~ %s (%.3f)%n",
                            v.source().source(), v.kind(), v.rate(), other == null ? f.id() : other.source(),
                            f.resemblance());
                }
            }
            for (String bucket : List.of(v.kind().name().toLowerCase(Locale.ROOT) + " " + rateBucket(v.rate()),
                    "all variants")) {
                int[] counts = recall.computeIfAbsent(bucket, k -> new int[2]);
                counts[0] += found ? 1 : 0;
                counts[1]++;
            }
        }

        for (String id : idByFile.values()) {
            engine.delete(id); // gone before the laws are looked at, and for --reuse-index
        }
        engine.commit();

        Map<String, List<Library.Doc>> byTitle = library.docs().stream().filter(Library.Doc::law)
                .collect(Collectors.groupingBy(d -> NormalizedText.of(d.title()).toString()));
        int versionPairs = 0;
        int nearVersionPairs = 0;
        int nearVersionsFound = 0;
        int versionLists = 0;
        int versionsFirst = 0;
        for (List<Library.Doc> group : byTitle.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (Library.Doc a : group) {
                Set<String> flagged = engine.nearDuplicates(a.id()).orElseThrow().stream()
                        .map(NearDuplicate::id).collect(Collectors.toSet());
                for (Library.Doc b : group) {
                    if (b == a) {
                        continue;
                    }
                    versionPairs++;
                    if (resemblance(a, b) >= NearDuplicateFinder.THRESHOLD) {
                        nearVersionPairs++;
                        nearVersionsFound += flagged.contains(b.id()) ? 1 : 0;
                        if (!flagged.contains(b.id())) {
                            System.err.printf(Locale.ROOT, "missed version pair (resemblance %.3f): %s | %s%n",
                                    resemblance(a, b), a.source(), b.source());
                        }
                    }
                }
                for (String f : flagged) {
                    flaggedPairs++;
                    Library.Doc other = byId.get(f);
                    if (other != null && resemblance(a, other) >= NearDuplicateFinder.THRESHOLD) {
                        rightPairs++;
                    } else {
                        System.err.printf("wrong pair: %s ~ %s%n", a.source(), other == null ? f : other.source());
                    }
                }
                List<SimilarDocument> similar = engine.similarDocuments(a.id(), 10).orElseThrow();
                Set<String> others = group.stream().filter(d -> d != a).map(Library.Doc::id).collect(Collectors.toSet());
                int shown = Math.min(others.size(), similar.size());
                versionLists++;
                versionsFirst += similar.subList(0, shown).stream().allMatch(s -> others.contains(s.hit().id())) ? 1 : 0;
            }
        }

        System.out.printf(Locale.ROOT, "| near duplicates (resemblance ≥ %.2f) | found | of | recall |%n|---|---|---|---|%n",
                NearDuplicateFinder.THRESHOLD);
        recall.forEach((bucket, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f |%n", bucket, c[0], c[1],
                (double) c[0] / c[1]));
        System.out.printf(Locale.ROOT, "| law versions with exact resemblance ≥ %.2f (ordered pairs) | %d | %d | %.3f |%n",
                NearDuplicateFinder.THRESHOLD, nearVersionsFound, nearVersionPairs,
                nearVersionPairs == 0 ? 0 : (double) nearVersionsFound / nearVersionPairs);
        System.out.printf(Locale.ROOT, "%nprecision: %d of %d flagged pairs right = %.3f; law version pairs (same title):"
                        + " %d, of which %d near duplicates by exact resemblance; other versions listed first among"
                        + " similar documents for %d of %d laws%n%n",
                rightPairs, flaggedPairs, flaggedPairs == 0 ? 1.0 : (double) rightPairs / flaggedPairs, versionPairs,
                nearVersionPairs, versionsFirst, versionLists);
    }

    private static final Map<String, Shingles> SHINGLES = new HashMap<>();

    private static double resemblance(Library.Doc a, Library.Doc b) {
        return shingles(a).resemblance(shingles(b));
    }

    private static Shingles shingles(Library.Doc d) {
        return SHINGLES.computeIfAbsent(d.id(), k -> Shingles.of(NormalizedText.of(d.text())));
    }

    private static String rateBucket(double rate) {
        return rate < 0.10 ? "5–10 %" : rate < 0.20 ? "10–20 %" : "20–30 %";
    }
}
