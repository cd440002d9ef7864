package fanwen.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Collects what an analyzer emits, for assertions (a small stand-in for Lucene's test framework). */
record Tokens(List<Token> list) {

    record Token(String term, int start, int end, int posInc, int posLength, String type) {
        @Override
        public String toString() {
            return term + "[" + start + "," + end + ")+" + posInc + (posLength > 1 ? "~" + posLength : "") + type;
        }
    }

    static Tokens of(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLength = stream.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        posInc.getPositionIncrement(), posLength.getPositionLength(), type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tokens(List.copyOf(tokens));
    }

    List<String> terms() {
        return list.stream().map(Token::term).toList();
    }

    /** Terms with stacked tokens joined by '|' to the token they stand on: [pd|pd1728_a_1, 1728]. */
    List<String> stacked() {
        List<String> out = new ArrayList<>();
        for (Token t : list) {
            if (t.posInc() == 0 && !out.isEmpty()) {
                out.set(out.size() - 1, out.getLast() + "|" + t.term());
            } else {
                out.add(t.term());
            }
        }
        return out;
    }

    /** Terms with their positions, and how many positions they span when more than one: [总工会@0~2, 工会@1]. */
    List<String> graph() {
        List<String> out = new ArrayList<>();
        int position = -1;
        for (Token t : list) {
            position += t.posInc();
            out.add(t.term() + "@" + position + (t.posLength() > 1 ? "~" + t.posLength() : ""));
        }
        return out;
    }

    @Override
    public String toString() {
        return list.toString();
    }
}
