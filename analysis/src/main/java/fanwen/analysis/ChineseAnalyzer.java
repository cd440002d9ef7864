package fanwen.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * The word field's analysis: {@link ChineseFoldingCharFilter} → {@link HanLPTokenizer} in the given
 * mode → optionally a {@link StopFilter} with {@link StopWords#set()}. Loads the bundled
 * {@link DomainDictionary} before the first token.
 *
 * <p>It finds words, not arbitrary substrings: 简单 inside a word HanLP keeps whole is the
 * {@link BigramAnalyzer}'s job.
 */
public final class ChineseAnalyzer extends Analyzer {

    private final HanLPTokenizer.Mode mode;
    private final boolean removeStopWords;

    public ChineseAnalyzer(HanLPTokenizer.Mode mode, boolean removeStopWords) {
        this.mode = mode;
        this.removeStopWords = removeStopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        HanLPTokenizer tokenizer = new HanLPTokenizer(mode);
        TokenStream sink = removeStopWords ? new StopFilter(tokenizer, StopWords.set()) : tokenizer;
        return new TokenStreamComponents(tokenizer, sink);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }

    /** Wildcard, prefix and range terms are folded like indexed text (case and script included). */
    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }
}
