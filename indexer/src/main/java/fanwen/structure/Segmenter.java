package fanwen.structure;

import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP segmentation with organisation and place recognition — slow, so used only on the few short
 * snippets (title, first lines, signature) where issuing units appear; the document's words come from
 * the indexing analysis instead. One HanLP segment per thread, so it is thread-safe.
 */
final class Segmenter {
    private static final ThreadLocal<Segment> ORGANISATIONS = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true));

    private Segmenter() {
    }

    /** Terms of a short snippet, with organisation and place names recognised. */
    static List<Term> withOrganisations(String snippet) {
        return ORGANISATIONS.get().seg(snippet);
    }
}
