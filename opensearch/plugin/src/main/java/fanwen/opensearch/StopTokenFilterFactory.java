package fanwen.opensearch;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.index.analysis.TokenFilterFactory;

import fanwen.analysis.StopWords;

/** Removes Fanwen's stop words ({@link StopWords}), leaving position gaps as Lucene's stop filter does. */
record StopTokenFilterFactory(String name) implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokens) {
        return new StopFilter(tokens, StopWords.set());
    }
}
