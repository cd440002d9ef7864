package fanwen.opensearch;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;

import fanwen.analysis.ChineseFoldingFilter;

/** Folds terms with a {@link ChineseFoldingFilter}; usable in normalizers too. */
record FoldingTokenFilterFactory(String name) implements NormalizingTokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new ChineseFoldingFilter(tokens);
    }
}
