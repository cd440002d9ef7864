package fanwen.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.CharFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.index.analysis.TokenizerFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;

import fanwen.analysis.BigramAnalyzer;
import fanwen.analysis.ChineseAnalyzer;
import fanwen.analysis.DomainDictionary;
import fanwen.analysis.HanLPTokenizer;

/**
 * The OpenSearch plugin {@value #NAME}: Fanwen's analysis chain ({@code fanwen.analysis}) under names an
 * index can use.
 * <ul>
 *   <li>char filter {@code fanwen_folding}: full-width, case and traditional→simplified folding that keeps
 *       offsets ({@code ChineseFoldingCharFilter});
 *   <li>tokenizer {@code fanwen_hanlp}: HanLP words, {@code "mode": "index"} (default) or {@code "query"};
 *   <li>token filters {@code fanwen_folding} (the same folding on terms, for other tokenizers and
 *       normalizers) and {@code fanwen_stop} (Fanwen's stop words);
 *   <li>analyzers {@code fanwen_index} (folding, index mode, stop words kept) and {@code fanwen_query}
 *       (folding, query mode, stop words removed), either with {@code "remove_stop_words": true|false}, and
 *       {@code fanwen_bigram} (the recall field's character bigrams);
 *   <li>query {@code fanwen_document_scoring}: a query scored as Fanwen scores documents, the statistics of
 *       documents and their nested passages counted together ({@link DocumentScoringQueryBuilder}).
 * </ul>
 *
 * <p>When the node starts it loads the bundled domain dictionary and every {@code *.txt} file of
 * {@code config/analysis-hanlp/} (Fanwen's user dictionary format) into HanLP, before any text is
 * segmented. HanLP's dictionary is static, one per class loader that loads HanLP: the zip holds HanLP beside
 * {@code fanwen-analysis}, so both are loaded by this plugin's own class loader and every node's plugin
 * loads its terms once, whatever else runs in the JVM.
 */
public final class HanLPAnalysisPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {

    /** The plugin's name, and its folder under {@code config/} for user dictionaries. */
    public static final String NAME = "analysis-hanlp";

    /** The analyzers' setting that turns the stop filter on or off. */
    private static final String REMOVE_STOP_WORDS = "remove_stop_words";
    private static final Logger LOG = LogManager.getLogger(HanLPAnalysisPlugin.class);

    /** Called by OpenSearch with the node's settings and its {@code config/} folder. */
    public HanLPAnalysisPlugin(Settings settings, Path configPath) {
        DomainDictionary.loadBundled();
        loadUserDictionaries(configPath.resolve(NAME));
    }

    private static void loadUserDictionaries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.txt")) {
            for (Path file : files) {
                LOG.info("user dictionary {}: {} terms", file, DomainDictionary.loadUserDictionary(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the user dictionaries in " + folder, e);
        }
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of("fanwen_folding", (index, env, name, settings) -> new FoldingCharFilterFactory(name));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("fanwen_hanlp", (index, env, name, settings) -> HanLPTokenizerFactory.of(name, settings));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "fanwen_folding", (index, env, name, settings) -> new FoldingTokenFilterFactory(name),
                "fanwen_stop", (index, env, name, settings) -> new StopTokenFilterFactory(name));
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
                "fanwen_index", (index, env, name, settings) -> new FanwenAnalyzerProvider(name,
                        new ChineseAnalyzer(HanLPTokenizer.Mode.INDEX, settings.getAsBoolean(REMOVE_STOP_WORDS, false))),
                "fanwen_query", (index, env, name, settings) -> new FanwenAnalyzerProvider(name,
                        new ChineseAnalyzer(HanLPTokenizer.Mode.QUERY, settings.getAsBoolean(REMOVE_STOP_WORDS, true))),
                "fanwen_bigram", (index, env, name, settings) -> new FanwenAnalyzerProvider(name, new BigramAnalyzer()));
    }

    @Override
    public List<QuerySpec<?>> getQueries() {
        return List.of(new QuerySpec<>(DocumentScoringQueryBuilder.NAME, DocumentScoringQueryBuilder::new,
                DocumentScoringQueryBuilder::fromXContent));
    }
}
