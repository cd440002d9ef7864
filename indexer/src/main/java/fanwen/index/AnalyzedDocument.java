package fanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;

import fanwen.analysis.WordCounts;

/**
 * A document text analysed once for every field that needs it — the words (HanLP, index mode) and the
 * character bigrams — made by {@link FanwenIndex#analyze(String)}. The document, each of its passages and
 * the keyword extraction all read this one analysis, because segmentation is the expensive stage of
 * ingest.
 */
public final class AnalyzedDocument {

    private final String text;
    private final AnalyzedText words;
    private final AnalyzedText bigrams;

    AnalyzedDocument(String text, AnalyzedText words, AnalyzedText bigrams) {
        this.text = text;
        this.words = words;
        this.bigrams = bigrams;
    }

    /** The text that was analysed. */
    public String text() {
        return text;
    }

    /** How often each word occurs, in order of first occurrence (see {@link WordCounts}). */
    public Map<String, Integer> wordCounts() {
        try (TokenStream all = words.all()) {
            return WordCounts.of(all);
        } catch (IOException e) {
            throw new UncheckedIOException("replaying in-memory tokens failed", e);
        }
    }

    AnalyzedText words() {
        return words;
    }

    AnalyzedText bigrams() {
        return bigrams;
    }
}
