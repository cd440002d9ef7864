package fanwen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that hold for every token stream of {@link ChineseAnalyzer}. */
final class WellFormed {

    private WellFormed() {}

    /**
     * Offsets are exact (the term is the folded source between them), offsets and positions never go
     * backwards, no token is too long, and every character that is not a separator is in some token.
     */
    static void assertWellFormed(String source, Tokens tokens) {
        String folded = ChineseFolding.fold(source);
        boolean[] covered = new boolean[folded.length()];
        int lastStart = 0;
        boolean first = true;
        for (Tokens.Token t : tokens.list()) {
            assertEquals(folded.substring(t.start(), t.end()), t.term(), () -> "offsets of " + t);
            assertTrue(t.start() >= lastStart, () -> "offset goes backwards at " + t);
            assertTrue(t.posInc() >= (first ? 1 : 0), () -> "position goes backwards at " + t);
            assertTrue(t.term().length() <= HanLPTokenizer.MAX_TOKEN_LENGTH, () -> "too long: " + t);
            for (int i = t.start(); i < t.end(); i++) {
                covered[i] = true;
            }
            lastStart = t.start();
            first = false;
        }
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!covered[i] && CharClass.of(c) != CharClass.SEPARATOR && !CharClass.isConnector(c)) {
                int at = i;
                throw new AssertionError("dropped char U+" + Integer.toHexString(c) + " at " + at + ": "
                        + folded.substring(Math.max(0, at - 10), Math.min(folded.length(), at + 10)));
            }
        }
    }
}
