package fanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

import fanwen.analysis.WordCounts;

/**
 * A document's words (HanLP, index mode), segmented once by {@link #of(String)}: the
 * document, each of its passages and the keyword extraction all read this one segmentation, because it is
 * the expensive stage of ingest. (The character bigrams are cheap and are simply analysed per field.)
 */
public final class AnalyzedDocument {

    private final String text;
    private final AnalyzedText words;

    /** The words of the index chain, shared: an analyzer serves any number of threads. */
    private static final Analyzer WORDS = Analyzers.index();

    private AnalyzedDocument(String text, AnalyzedText words) {
        this.text = text;
        this.words = words;
    }

    /** Segments {@code text} once, as the index segments a body. Thread-safe. */
    public static AnalyzedDocument of(String text) {
        return new AnalyzedDocument(text, AnalyzedText.analyze(WORDS, Analyzers.TEXT_FIELD, text));
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

    /** The tokens, to index the document and its passages from. */
    public AnalyzedText words() {
        return words;
    }
}
