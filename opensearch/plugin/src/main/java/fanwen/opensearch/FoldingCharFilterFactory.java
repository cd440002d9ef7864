package fanwen.opensearch;

import java.io.Reader;

import org.opensearch.index.analysis.NormalizingCharFilterFactory;

import fanwen.analysis.ChineseFoldingCharFilter;

/** Wraps text in a {@link ChineseFoldingCharFilter}; usable in normalizers too. */
record FoldingCharFilterFactory(String name) implements NormalizingCharFilterFactory {

    @Override
    public Reader create(Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }
}
