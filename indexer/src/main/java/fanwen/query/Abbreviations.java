package fanwen.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fanwen.analysis.ChineseFolding;

/**
 * The curated abbreviations (缩略语) of 公文 language and their long forms ({@code corpus/dict/abbreviations.tsv},
 * packaged with the analysis jar as {@code fanwen/analysis/dict/abbreviations.tsv}): 维权 stands for 维护…权益,
 * 国企 for 国有企业. A query word that is an abbreviation also matches its long forms, so a document that only
 * writes the long form (维护职工合法权益) counts as having the word. Words are folded like indexed text.
 */
public final class Abbreviations {

    private static final String RESOURCE = "/fanwen/analysis/dict/abbreviations.tsv";
    private static final Abbreviations BUNDLED = load();

    /**
     * One long form: its parts in order. Parts may stand a few words apart in a text (维护 … 权益); a long form
     * of one part occurs as written.
     */
    public record LongForm(List<String> parts) {
        public LongForm {
            parts = List.copyOf(parts);
        }
    }

    private final Map<String, List<LongForm>> byAbbreviation;

    private Abbreviations(Map<String, List<LongForm>> byAbbreviation) {
        this.byAbbreviation = byAbbreviation;
    }

    /** The bundled list. */
    public static Abbreviations bundled() {
        return BUNDLED;
    }

    /** The long forms of {@code word} (folded); empty if it is not a listed abbreviation. */
    public List<LongForm> of(String word) {
        return byAbbreviation.getOrDefault(ChineseFolding.fold(word), List.of());
    }

    /** Number of abbreviations listed. */
    public int size() {
        return byAbbreviation.size();
    }

    /** Reads lines of "abbreviation TAB long form [TAB long form …]", a long form's parts separated by spaces. */
    static Abbreviations parse(BufferedReader reader) throws IOException {
        Map<String, List<LongForm>> out = new HashMap<>();
        for (String line; (line = reader.readLine()) != null; ) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] columns = content.split("\t+");
            List<LongForm> forms = new ArrayList<>();
            for (int i = 1; i < columns.length; i++) {
                List<String> parts = new ArrayList<>();
                for (String part : columns[i].strip().split(" +")) {
                    if (!part.isEmpty()) {
                        parts.add(ChineseFolding.fold(part));
                    }
                }
                if (!parts.isEmpty()) {
                    forms.add(new LongForm(parts));
                }
            }
            if (!forms.isEmpty()) {
                out.merge(ChineseFolding.fold(columns[0].strip()), List.copyOf(forms), (a, b) -> {
                    List<LongForm> both = new ArrayList<>(a);
                    both.addAll(b);
                    return List.copyOf(both);
                });
            }
        }
        return new Abbreviations(Map.copyOf(out));
    }

    private static Abbreviations load() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("abbreviations " + RESOURCE + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled abbreviations", e);
        }
    }
}
