package fanwen.analysis;

/**
 * How {@link HanLPTokenizer} treats a character: dropped as a separator, read as part of an ASCII
 * letter-digit run, joined with its neighbours into a word, or kept as a token on its own.
 */
enum CharClass {
    /** Whitespace, punctuation (P*), control, format and lone surrogate chars: never part of a token. */
    SEPARATOR,
    /** ASCII letters and digits, handled as runs by {@link AlnumRun}. */
    ALNUM,
    /** Letters, marks and decimal or letter numbers of the BMP: joined as HanLP groups them. */
    WORD,
    /** Symbols, other numbers (①), private use and any code point beyond the BMP: one token each. */
    SINGLE;

    private static final CharClass[] VALUES = values();
    private static final byte[] BMP = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP[c] = (byte) classify(c).ordinal();
        }
    }

    static CharClass of(char c) {
        return VALUES[BMP[c]];
    }

    static CharClass of(int codePoint) {
        return codePoint <= Character.MAX_VALUE ? of((char) codePoint) : classify(codePoint);
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /** The chars allowed inside an ASCII run: {@code _ - . / + #}. */
    static boolean isConnector(char c) {
        return c == '_' || c == '-' || c == '.' || c == '/' || c == '+' || c == '#';
    }

    /** Whether every char of text[start, end) is a {@link #WORD} char. */
    static boolean allWordChars(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (of(text[i]) != WORD) {
                return false;
            }
        }
        return true;
    }

    private static CharClass classify(int cp) {
        if (cp < 128 && isAsciiAlnum((char) cp)) {
            return ALNUM;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SEPARATOR;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.CONTROL, Character.FORMAT, Character.SURROGATE -> {
                return SEPARATOR;
            }
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER -> {
                return cp <= Character.MAX_VALUE ? WORD : SINGLE;
            }
            default -> {
                return SINGLE;
            }
        }
    }
}
