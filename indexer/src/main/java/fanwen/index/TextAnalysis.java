package fanwen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import fanwen.model.AnalysisMode;
import fanwen.model.Token;

/**
 * Shows how a text is analysed — the tokens the index stores for a body ({@code INDEX}) or the words a
 * query is split into ({@code QUERY}) — for tuning the dictionary.
 */
public final class TextAnalysis {

    private final Analyzer index = Analyzers.of(AnalysisMode.INDEX);
    private final Analyzer query = Analyzers.of(AnalysisMode.QUERY);

    /**
     * The tokens of {@code text} in the given mode; {@link CancellationException} when the thread is interrupted
     * (a long text stops between two tokens).
     */
    public List<Token> tokens(String text, AnalysisMode mode) {
        Analyzer analyzer = mode == AnalysisMode.INDEX ? index : query;
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Analyzers.TEXT_FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("the analysis was abandoned (its request ran out of time)");
                }
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position, type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return tokens;
    }
}
