package fanwen.model;

import java.util.List;

/**
 * One library passage the draft copies from.
 *
 * @param ratio the share of the draft's letters and digits covered by {@code spans}
 * @param spans the copied stretches, in draft order
 */
public record CheckMatch(String docId, String title, String source, String passageId, double ratio,
                         List<CopiedSpan> spans) {
}
