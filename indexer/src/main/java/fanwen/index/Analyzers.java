package fanwen.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import fanwen.analysis.BigramAnalyzer;
import fanwen.analysis.ChineseAnalyzer;
import fanwen.analysis.HanLPTokenizer;
import fanwen.model.AnalysisMode;

/**
 * The analysis chains of the text fields, in one place: how a body, a title and a heading path are indexed, how a query's words are split, how the bigram fields are cut. Every part of the engine
 * that analyses text for the index or against it takes its chain from here.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /** The field name text is analysed under outside an index (no chain depends on the field). */
    public static final String TEXT_FIELD = "text";

    /** Words and their sub-words, stop words kept: bodies, titles, headings. */
    public static Analyzer index() {
        return new ChineseAnalyzer(HanLPTokenizer.Mode.INDEX, false);
    }

    /** The index chain without stop words: the distinctive words of a text (more-like-this). */
    public static Analyzer indexWithoutStopWords() {
        return new ChineseAnalyzer(HanLPTokenizer.Mode.INDEX, true);
    }

    /** A query's words, stop words dropped. */
    public static Analyzer query() {
        return new ChineseAnalyzer(HanLPTokenizer.Mode.QUERY, true);
    }

    /** A query's words, stop words kept (phrases, which must match every word). */
    public static Analyzer queryWithStopWords() {
        return new ChineseAnalyzer(HanLPTokenizer.Mode.QUERY, false);
    }

    /** Character bigrams: the recall fields of bodies and titles, the duplicate check. */
    public static Analyzer bigrams() {
        return new BigramAnalyzer();
    }

    /** The distinct terms {@code analyzer} makes of {@code text}, in the order they first come. */
    public static Set<String> distinctTerms(Analyzer analyzer, String text) throws IOException {
        Set<String> distinct = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT_FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                distinct.add(term.toString());
            }
            stream.end();
        }
        return distinct;
    }

    /** The chain a user asks to see: as the index stores a body, or as a query is split (stop words kept). */
    public static Analyzer of(AnalysisMode mode) {
        return mode == AnalysisMode.INDEX ? index() : queryWithStopWords();
    }
}
