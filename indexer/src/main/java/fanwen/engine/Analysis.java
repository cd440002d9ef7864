package fanwen.engine;

import java.io.IOException;
import java.util.List;

import fanwen.index.TextAnalysis;
import fanwen.model.AnalysisMode;
import fanwen.model.DataFolder;
import fanwen.model.Token;

/**
 * The analysis verb of the port without a library: the tokens of a text as a data folder's index would have them
 * (its user dictionaries loaded), for tuning the dictionary before anything is indexed.
 */
public final class Analysis {

    private final TextAnalysis analysis = new TextAnalysis();

    private Analysis() {
    }

    /** Analysis with the bundled dictionary and the user dictionaries of {@code folder}. */
    public static Analysis of(DataFolder folder) throws IOException {
        Engine.loadDictionaries(folder);
        return new Analysis();
    }

    /** The tokens of {@code text} as the index ({@code INDEX}) or a query ({@code QUERY}) sees them. */
    public List<Token> tokens(String text, AnalysisMode mode) {
        return analysis.tokens(text, mode);
    }
}
