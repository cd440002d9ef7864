package fanwen.model;

import java.io.Serial;

/**
 * Terms or synonyms the user gave that cannot be taken as they are: what is wrong and what to do, in Chinese, for
 * the user; the same in English apart, for developers. Nothing of the list is stored.
 */
public final class RejectedVocabulary extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String detail;

    public RejectedVocabulary(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    /** The refusal in English. */
    public String detail() {
        return detail;
    }
}
