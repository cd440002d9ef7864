package fanwen.opensearch;

import java.util.Locale;

import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.TokenizerFactory;

import fanwen.analysis.HanLPTokenizer;

/** Makes {@link HanLPTokenizer}s in the mode the tokenizer's {@code mode} setting names. */
record HanLPTokenizerFactory(String name, HanLPTokenizer.Mode mode) implements TokenizerFactory {

    /** The factory for {@code settings}: {@code "mode": "index"} (the default) or {@code "query"}. */
    static HanLPTokenizerFactory of(String name, Settings settings) {
        String mode = settings.get("mode", "index");
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "index" -> new HanLPTokenizerFactory(name, HanLPTokenizer.Mode.INDEX);
            case "query" -> new HanLPTokenizerFactory(name, HanLPTokenizer.Mode.QUERY);
            default -> throw new IllegalArgumentException(
                    "tokenizer [" + name + "]: mode must be index or query, not [" + mode + "]");
        };
    }

    @Override
    public Tokenizer create() {
        return new HanLPTokenizer(mode);
    }
}
