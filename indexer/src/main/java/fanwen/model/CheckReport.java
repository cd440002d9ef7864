package fanwen.model;

import java.util.List;

/**
 * The result of checking a draft against the library.
 *
 * @param text    the draft that was checked (the extracted text, when it came as a file)
 * @param ratio   the share of the draft's letters and digits found in the library (0 to 1)
 * @param matches the passages it copies from, largest share first
 */
public record CheckReport(String text, double ratio, List<CheckMatch> matches) {

    /** The longest draft checked, in characters. */
    public static final int MAX_DRAFT_CHARS = 200_000;
}
