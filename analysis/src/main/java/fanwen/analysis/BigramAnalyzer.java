package fanwen.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The recall field's analysis: {@link ChineseFoldingCharFilter} → Lucene's {@link StandardTokenizer} →
 * {@link CJKBigramFilter} (overlapping bigrams of Han, kana and Hangul, a lone character as a unigram)
 * → {@link LowerCaseFilter}. It makes every two-character substring findable, e.g. 简单 in 安装简单
 * and 处理 in 待处理事项, whatever the word segmenter decided.
 *
 * <p>It does not segment words or remove stop words; Latin words and numbers are kept as
 * StandardTokenizer emits them. StandardTokenizer emits characters beyond the BMP (𠮷, 𪚥) as
 * ideographs but drops symbols such as ① and ℃, which the word field keeps.
 */
public final class BigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(HanLPTokenizer.MAX_TOKEN_LENGTH);
        TokenStream sink = new LowerCaseFilter(new CJKBigramFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, sink);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
