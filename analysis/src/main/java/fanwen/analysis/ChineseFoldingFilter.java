package fanwen.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies {@link ChineseFolding} to every term, for chains whose tokenizer is not {@link HanLPTokenizer}
 * (keyword fields, normalizers, other tokenizers).
 *
 * <p>It does not replace {@link ChineseFoldingCharFilter} in front of {@link HanLPTokenizer}: HanLP must
 * see simplified, half-width text to find the same words, so the word field folds before tokenizing.
 */
public final class ChineseFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public ChineseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        ChineseFolding.foldInPlace(termAtt.buffer(), 0, termAtt.length());
        return true;
    }
}
