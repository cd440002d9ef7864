package fanwen.similar;

import fanwen.fingerprint.NormalizedText;
import fanwen.fingerprint.Shingles;

/** The text whose near duplicates are sought, with its shingles computed once, when first needed. */
public final class SourceText {

    private final String text;
    private Shingles shingles;

    public SourceText(String text) {
        this.text = text == null ? "" : text;
    }

    public String text() {
        return text;
    }

    Shingles shingles() {
        if (shingles == null) {
            shingles = Shingles.of(NormalizedText.of(text));
        }
        return shingles;
    }
}
