package fanwen.bench.gongwen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import fanwen.extract.Extraction;
import fanwen.extract.ExtractionException;
import fanwen.extract.Extractor;
import fanwen.structure.gongwen.GongwenElements;

/**
 * Precision and recall of {@link GongwenElements} per element over the 公文 evaluation set of {@code bench/gongwen}:
 * every file of {@code files/} (.docx, .pdf, .ofd) is extracted by the real {@link Extractor}, recognised, and each
 * element compared with {@code truth.tsv} (spaces ignored). An element counts as predicted when the recogniser gives
 * a value, as true when the truth has one; a prediction is right when it equals the truth. Precision = right /
 * predicted, recall = right / true. The documents of the held-out part (never looked at while the rules were
 * revised) are reported apart. Also counts the files whose recognised text still holds a page number line or the
 * running header.
 *
 * <p>{@code bench/run.sh gongwen [DIR]} (default {@code bench/gongwen}); {@code -v} lists every miss.
 */
public final class GongwenBenchmark {

    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("(?m)^\\s*[-—–]\\s*\\d{1,3}\\s*[-—–]\\s*$");
    private static final Map<String, Function<GongwenElements, String>> ELEMENTS = new LinkedHashMap<>();

    static {
        ELEMENTS.put("doc_number", e -> e.docNumber().orElse(""));
        ELEMENTS.put("issuer", e -> String.join("|", e.issuers()));
        ELEMENTS.put("date", e -> e.date().map(LocalDate::toString).orElse(""));
        ELEMENTS.put("title", e -> e.title().orElse(""));
        ELEMENTS.put("recipients", e -> e.recipients().orElse(""));
        ELEMENTS.put("signer", e -> e.signer().orElse(""));
        ELEMENTS.put("copy_number", e -> e.copyNumber().orElse(""));
        ELEMENTS.put("security_level", e -> e.securityLevel().orElse(""));
        ELEMENTS.put("urgency", e -> e.urgency().orElse(""));
        ELEMENTS.put("attachments", e -> String.join("|", e.attachments()));
        ELEMENTS.put("cc", e -> e.cc().orElse(""));
        ELEMENTS.put("printed_by", e -> e.printedBy().orElse(""));
        ELEMENTS.put("printed_date", e -> e.printedDate().map(LocalDate::toString).orElse(""));
    }

    private GongwenBenchmark() {
    }

    /** Counts of one element over one part of the set. */
    private static final class Score {
        int right;
        int predicted;
        int truth;

        String cells() {
            return String.format(Locale.ROOT, "%s | %s", ratio(right, predicted), ratio(right, truth));
        }

        private static String ratio(int a, int b) {
            return b == 0 ? "–" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) a / b, a, b);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = Arrays.asList(args).contains("-v");
        Path dir = Path.of(Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("bench/gongwen"));
        List<String> lines = Files.readAllLines(dir.resolve("truth.tsv"));
        List<String> columns = List.of(lines.get(0).split("\t", -1));
        Map<String, Map<String, String>> truth = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), cells[i]);
            }
            truth.put(row.get("id"), row);
        }
        List<Path> files;
        try (var list = Files.list(dir.resolve("files"))) {
            files = list.sorted().toList();
        }
        Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
        Map<String, int[]> furniture = new TreeMap<>();
        Map<String, Integer> filesPerPart = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        long started = System.nanoTime();
        try (Extractor extractor = new Extractor()) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.lastIndexOf('.'));
                String format = name.substring(name.lastIndexOf('.') + 1);
                Map<String, String> expected = truth.get(id);
                if (expected == null) {
                    continue;
                }
                String part = expected.get("set");
                filesPerPart.merge(part, 1, Integer::sum);
                GongwenElements found;
                try {
                    Extraction extraction = extractor.extract(file);
                    found = GongwenElements.recognize(extraction.text(), extraction.paged());
                } catch (ExtractionException e) {
                    misses.add(name + ": extraction failed: " + e.getMessage());
                    found = GongwenElements.recognize("");
                }
                int[] left = furniture.computeIfAbsent(part + " " + format, k -> new int[3]);
                left[0]++;
                left[1] += PAGE_NUMBER_LINE.matcher(found.text()).find() ? 1 : 0;
                String header = expected.get("running_header");
                left[2] += !header.isEmpty() && found.text().lines().anyMatch(l -> l.strip().equals(header)) ? 1 : 0;
                for (var element : ELEMENTS.entrySet()) {
                    String want = compact(expected.get(element.getKey()));
                    String got = compact(element.getValue().apply(found));
                    for (String key : List.of(part, part + " " + format)) {
                        Score score = scores.computeIfAbsent(key, k -> new LinkedHashMap<>())
                                .computeIfAbsent(element.getKey(), k -> new Score());
                        score.truth += want.isEmpty() ? 0 : 1;
                        score.predicted += got.isEmpty() ? 0 : 1;
                        score.right += !got.isEmpty() && got.equals(want) ? 1 : 0;
                    }
                    if (!got.equals(want) && (verbose && part.equals("measured"))) {
                        misses.add(name + " " + element.getKey() + ": want «" + want + "» got «" + got + "»");
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "files: %s, extraction + recognition %.1f s%n%n", filesPerPart, seconds);
        for (String part : List.of("measured", "held-out")) {
            System.out.println("| element (" + part + ") | precision | recall |");
            System.out.println("|---|---|---|");
            scores.getOrDefault(part, Map.of()).forEach((element, score) ->
                    System.out.println("| " + element + " | " + score.cells() + " |"));
            System.out.println();
        }
        System.out.println("| part, format | doc_number precision | recall | issuer precision | recall | date precision"
                + " | recall |");
        System.out.println("|---|---|---|---|---|---|---|");
        scores.forEach((key, byElement) -> {
            if (key.contains(" ")) {
                System.out.println("| " + key + " | " + byElement.get("doc_number").cells() + " | "
                        + byElement.get("issuer").cells() + " | " + byElement.get("date").cells() + " |");
            }
        });
        System.out.println();
        System.out.println("| part, format | files | page number line left | running header left |");
        System.out.println("|---|---|---|---|");
        furniture.forEach((key, n) -> System.out.println("| " + key + " | " + n[0] + " | " + n[1] + " | " + n[2] + " |"));
        misses.forEach(m -> System.out.println("miss: " + m));
    }

    private static String compact(String value) {
        return Optional.ofNullable(value).orElse("").replaceAll("[\\s\\u3000]+", "");
    }
}
