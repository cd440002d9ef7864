package fanwen.opensearch;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerScope;

/** One of Fanwen's analyzers, made for one index, under the name the index uses. */
record FanwenAnalyzerProvider(String name, Analyzer get) implements AnalyzerProvider<Analyzer> {

    @Override
    public AnalyzerScope scope() {
        return AnalyzerScope.INDEX;
    }
}
